# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from ..completions_create import CompletionsCreateResponse as CompletionCreateResponse
from ..completions_create import CompletionsCreateResponse as CompletionsCreateResponse

__all__ = [
    "CompletionCreateResponse",
    "CompletionsCreateResponse",
]
