# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .image import Image
from .image_gen_usage import ImageGenUsage


class ImagesResponse(BaseModel):
    """The response from the image generation endpoint."""

    created: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the image was created."""

    data: list[Image] | None = None
    """The list of generated images."""

    background: Open[Literal["transparent", "opaque"]] | None = None
    """The background parameter used for the image generation. Either `transparent` or `opaque`."""

    output_format: Open[Literal["png", "webp", "jpeg"]] | None = None
    """The output format of the image generation. Either `png`, `webp`, or `jpeg`."""

    size: Open[Literal["1024x1024", "1024x1536", "1536x1024"]] | None = None
    """The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`."""

    quality: Open[Literal["low", "medium", "high"]] | None = None
    """The quality of the image generated. Either `low`, `medium`, or `high`."""

    usage: ImageGenUsage | None = None
    """For `gpt-image-1` only, the token usage information for the image generation."""
