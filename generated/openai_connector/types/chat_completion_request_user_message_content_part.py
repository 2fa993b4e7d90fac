# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..lib._models import Open, tag_of
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,
    ChatCompletionRequestMessageContentPartAudioParam,
)
from .chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile,
    ChatCompletionRequestMessageContentPartFileParam,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartImageParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

ChatCompletionRequestUserMessageContentPart: TypeAlias = Open[
    Annotated[
        Annotated[ChatCompletionRequestMessageContentPartText, Tag("text")]
        | Annotated[ChatCompletionRequestMessageContentPartImage, Tag("image_url")]
        | Annotated[ChatCompletionRequestMessageContentPartAudio, Tag("input_audio")]
        | Annotated[ChatCompletionRequestMessageContentPartFile, Tag("file")],
        Discriminator(tag_of("type")),
    ]
]


ChatCompletionRequestUserMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartImageParam
    | ChatCompletionRequestMessageContentPartAudioParam
    | ChatCompletionRequestMessageContentPartFileParam
)
