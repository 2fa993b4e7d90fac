# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ImagesUsageInputTokensDetails(BaseModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int = Field(default_factory=_missing)
    """The number of text tokens in the input prompt."""

    image_tokens: int = Field(default_factory=_missing)
    """The number of image tokens in the input prompt."""


class ImagesUsage(BaseModel):
    """For the GPT image models only, the token usage information for the image generation."""

    total_tokens: int = Field(default_factory=_missing)
    """The total number of tokens (images and text) used for the image generation."""

    input_tokens: int = Field(default_factory=_missing)
    """The number of tokens (images and text) in the input prompt."""

    output_tokens: int = Field(default_factory=_missing)
    """The number of image tokens in the output image."""

    input_tokens_details: ImagesUsageInputTokensDetails = Field(default_factory=_missing)
    """The input tokens detailed information for the image generation."""
