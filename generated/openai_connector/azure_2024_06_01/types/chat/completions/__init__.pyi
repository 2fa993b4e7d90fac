# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from ...create_chat_completion_response import CreateChatCompletionResponse as CompletionCreateResponse
from ...create_chat_completion_response import CreateChatCompletionResponse as CreateChatCompletionResponse

__all__ = [
    "CompletionCreateResponse",
    "CreateChatCompletionResponse",
]
