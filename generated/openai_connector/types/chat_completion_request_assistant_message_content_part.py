# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,
    ChatCompletionRequestMessageContentPartRefusalParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

ChatCompletionRequestAssistantMessageContentPart: TypeAlias = Open[
    Annotated[
        Annotated[ChatCompletionRequestMessageContentPartText, Tag("text")]
        | Annotated[ChatCompletionRequestMessageContentPartRefusal, Tag("refusal")],
        Discriminator(tag_of("type")),
    ]
]


ChatCompletionRequestAssistantMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartRefusalParam
)
