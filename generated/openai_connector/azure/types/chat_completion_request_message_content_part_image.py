# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel, Open
from ...lib._models import missing as _missing


class ChatCompletionRequestMessageContentPartImageUrl(BaseModel):
    url: str = Field(default_factory=_missing)
    """Either a URL of the image or the base64 encoded image data."""

    detail: Open[Literal["auto", "low", "high"]] | None = None
    """Specifies the detail level of the image. Learn more in the [Vision guide](https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/gpt-with-vision?tabs=rest%2Csystem-assigned%2Cresource#detail-parameter-settings-in-image-processing-low-high-auto)."""


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    """Image content part"""

    type: 'Literal["image_url"]' = Field(default_factory=_missing)
    """The type of the content part."""

    image_url: ChatCompletionRequestMessageContentPartImageUrl = Field(default_factory=_missing)


class ChatCompletionRequestMessageContentPartImageUrlParam(TypedDict, total=False):
    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. Learn more in the [Vision guide](https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/gpt-with-vision?tabs=rest%2Csystem-assigned%2Cresource#detail-parameter-settings-in-image-processing-low-high-auto)."""


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=False):
    """Image content part"""

    type: Required[Literal["image_url"]]
    """The type of the content part."""

    image_url: Required[ChatCompletionRequestMessageContentPartImageUrlParam]
