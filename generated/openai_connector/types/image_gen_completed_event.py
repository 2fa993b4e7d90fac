# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .images_usage import ImagesUsage


class ImageGenCompletedEvent(BaseModel):
    """Emitted when image generation has completed and the final image is available."""

    type: Literal["image_generation.completed"] = Field(default_factory=_missing)
    """The type of the event. Always `image_generation.completed`."""

    b64_json: str = Field(default_factory=_missing)
    """Base64-encoded image data, suitable for rendering as an image."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp when the event was created."""

    size: Open[Literal["1024x1024", "1024x1536", "1536x1024", "auto"]] = Field(default_factory=_missing)
    """The size of the generated image."""

    quality: Open[Literal["low", "medium", "high", "auto"]] = Field(default_factory=_missing)
    """The quality setting for the generated image."""

    background: Open[Literal["transparent", "opaque", "auto"]] = Field(default_factory=_missing)
    """The background setting for the generated image."""

    output_format: Open[Literal["png", "webp", "jpeg"]] = Field(default_factory=_missing)
    """The output format for the generated image."""

    usage: ImagesUsage = Field(default_factory=_missing)
    """For the GPT image models only, the token usage information for the image generation."""
