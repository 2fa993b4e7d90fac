# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class MessageContentImageUrlObjectImageUrl(BaseModel):
    url: str = Field(default_factory=_missing)
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Open[Literal["auto", "low", "high"]] | None = None
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`"""


class MessageContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message."""

    type: 'Literal["image_url"]' = Field(default_factory=_missing)
    """The type of the content part."""

    image_url: MessageContentImageUrlObjectImageUrl = Field(default_factory=_missing)


class MessageContentImageUrlObjectImageUrlParam(TypedDict, total=False):
    url: Required[str]
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`"""


class MessageContentImageUrlObjectParam(TypedDict, total=False):
    """References an image URL in the content of a message."""

    type: Required[Literal["image_url"]]
    """The type of the content part."""

    image_url: Required[MessageContentImageUrlObjectImageUrlParam]
