# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText


ChatCompletionRequestToolMessageContentPartParam: TypeAlias = ChatCompletionRequestMessageContentPartTextParam
