# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ImageGenInputUsageDetails(BaseModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int = Field(default_factory=_missing)
    """The number of text tokens in the input prompt."""

    image_tokens: int = Field(default_factory=_missing)
    """The number of image tokens in the input prompt."""
