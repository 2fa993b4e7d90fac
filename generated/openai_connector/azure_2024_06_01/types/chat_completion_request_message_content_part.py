# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ...lib._models import Open, tag_of
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartImageParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

ChatCompletionRequestMessageContentPart: TypeAlias = Open[
    Annotated[
        Annotated[ChatCompletionRequestMessageContentPartText, Tag("text")]
        | Annotated[ChatCompletionRequestMessageContentPartImage, Tag("image_url")],
        Discriminator(tag_of("type")),
    ]
]


ChatCompletionRequestMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam | ChatCompletionRequestMessageContentPartImageParam
)
