# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ImageGenInputUsageDetails(BaseModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int
    """The number of text tokens in the input prompt."""

    image_tokens: int
    """The number of image tokens in the input prompt."""
