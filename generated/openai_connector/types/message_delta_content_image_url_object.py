# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class MessageDeltaContentImageUrlObjectImageUrl(BaseModel):
    url: str | None = None
    """The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Open[Literal["auto", "low", "high"]] | None = None
    """Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`."""


class MessageDeltaContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message."""

    index: int = Field(default_factory=_missing)
    """The index of the content part in the message."""

    type: 'Literal["image_url"]' = Field(default_factory=_missing)
    """Always `image_url`."""

    image_url: MessageDeltaContentImageUrlObjectImageUrl | None = None
