# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

ChatCompletionRequestToolMessageContentPart: TypeAlias = ChatCompletionRequestMessageContentPartText
"""Learn about [text inputs](/docs/guides/text-generation)."""


ChatCompletionRequestToolMessageContentPartParam: TypeAlias = ChatCompletionRequestMessageContentPartTextParam
"""Learn about [text inputs](/docs/guides/text-generation)."""
