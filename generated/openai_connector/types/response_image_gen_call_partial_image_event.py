# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseImageGenCallPartialImageEvent(BaseModel):
    """Emitted when a partial image is available during image generation streaming."""

    type: Literal["response.image_generation_call.partial_image"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.image_generation_call.partial_image'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the image generation item being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the image generation item being processed."""

    partial_image_index: int = Field(default_factory=_missing)
    """0-based index for the partial image (backend is 1-based, but this is 0-based for the user)."""

    partial_image_b64: str = Field(default_factory=_missing)
    """Base64-encoded partial image data, suitable for rendering as an image."""

    size: str | None = None
    """The image size that was used."""

    quality: str | None = None
    """The image quality that was used."""

    background: str | None = None
    """The background setting that was used."""

    output_format: str | None = None
    """The output format that was used."""
