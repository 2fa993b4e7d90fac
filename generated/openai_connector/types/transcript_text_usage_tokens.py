# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: int | None = None
    """Number of text tokens billed for this request."""

    audio_tokens: int | None = None
    """Number of audio tokens billed for this request."""


class TranscriptTextUsageTokens(BaseModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"] = Field(default_factory=_missing)
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int = Field(default_factory=_missing)
    """Number of input tokens billed for this request."""

    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = None
    """Details about the input tokens billed for this request."""

    output_tokens: int = Field(default_factory=_missing)
    """Number of output tokens generated."""

    total_tokens: int = Field(default_factory=_missing)
    """Total number of tokens used (input + output)."""
