# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from ..embeddings_create import EmbeddingsCreateResponse as EmbeddingCreateResponse
from ..embeddings_create import EmbeddingsCreateResponse as EmbeddingsCreateResponse

__all__ = [
    "EmbeddingCreateResponse",
    "EmbeddingsCreateResponse",
]
