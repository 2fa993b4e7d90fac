# generated from the OpenAI API spec by the openai-connector generator; do not edit
from ..create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
from ..create_embedding_response import CreateEmbeddingResponse as EmbeddingCreateResponse

__all__ = [
    "CreateEmbeddingResponse",
    "EmbeddingCreateResponse",
]
