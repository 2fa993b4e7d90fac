# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ImageEditPartialImageEvent(BaseModel):
    """Emitted when a partial image is available during image editing streaming."""

    type: Literal["image_edit.partial_image"] = Field(default_factory=_missing)
    """The type of the event. Always `image_edit.partial_image`."""

    b64_json: str = Field(default_factory=_missing)
    """Base64-encoded partial image data, suitable for rendering as an image."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp when the event was created."""

    size: Open[Literal["1024x1024", "1024x1536", "1536x1024", "auto"]] = Field(default_factory=_missing)
    """The size of the requested edited image."""

    quality: Open[Literal["low", "medium", "high", "auto"]] = Field(default_factory=_missing)
    """The quality setting for the requested edited image."""

    background: Open[Literal["transparent", "opaque", "auto"]] = Field(default_factory=_missing)
    """The background setting for the requested edited image."""

    output_format: Open[Literal["png", "webp", "jpeg"]] = Field(default_factory=_missing)
    """The output format for the requested edited image."""

    partial_image_index: int = Field(default_factory=_missing)
    """0-based index for the partial image (streaming)."""
