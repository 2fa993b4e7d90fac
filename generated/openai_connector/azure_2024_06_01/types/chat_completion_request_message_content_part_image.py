# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .image_detail_level import ImageDetailLevel


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    type: Literal["image_url"] = Field(default_factory=_missing)
    """The type of the content part."""

    url: str = Field(default_factory=_missing)
    """Either a URL of the image or the base64 encoded image data."""

    detail: ImageDetailLevel | None = None
    """Specifies the detail level of the image."""


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=False):
    type: Required[Literal["image_url"]]
    """The type of the content part."""

    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""

    detail: ImageDetailLevel
    """Specifies the detail level of the image."""
