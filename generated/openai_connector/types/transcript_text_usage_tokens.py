# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class TranscriptTextUsageTokens(BaseModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"]
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int
    """Number of input tokens billed for this request."""

    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = None
    """Details about the input tokens billed for this request."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""


class TranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: int | None = None
    """Number of text tokens billed for this request."""

    audio_tokens: int | None = None
    """Number of audio tokens billed for this request."""
