# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .chat_completion_request_message_content_part_type import ChatCompletionRequestMessageContentPartType
from .image_detail_level import ImageDetailLevel


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    type: ChatCompletionRequestMessageContentPartType = Field(default_factory=_missing)
    """The type of the content part."""

    url: str = Field(default_factory=_missing)
    """Either a URL of the image or the base64 encoded image data."""

    detail: ImageDetailLevel | None = None
    """Specifies the detail level of the image."""
