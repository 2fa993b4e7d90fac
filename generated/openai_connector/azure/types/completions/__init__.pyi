# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from ..create_completion_response import CreateCompletionResponse as CompletionCreateResponse
from ..create_completion_response import CreateCompletionResponse as CreateCompletionResponse

__all__ = [
    "CompletionCreateResponse",
    "CreateCompletionResponse",
]
