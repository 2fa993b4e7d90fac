# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from .chat_completion_request_message import ChatCompletionRequestMessage

ChatCompletionRequestMessageTool: TypeAlias = ChatCompletionRequestMessage
