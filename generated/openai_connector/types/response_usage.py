# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ResponseUsage(BaseModel):
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    input_tokens: int
    """The number of input tokens."""

    input_tokens_details: ResponseUsageInputTokensDetails
    """A detailed breakdown of the input tokens."""

    output_tokens: int
    """The number of output tokens."""

    output_tokens_details: ResponseUsageOutputTokensDetails
    """A detailed breakdown of the output tokens."""

    total_tokens: int
    """The total number of tokens used."""


class ResponseUsageInputTokensDetails(BaseModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int
    """The number of tokens that were retrieved from the cache.
    [More on prompt caching](/docs/guides/prompt-caching).
    """

    cache_write_tokens: int
    """The number of input tokens that were written to the cache."""


class ResponseUsageOutputTokensDetails(BaseModel):
    """A detailed breakdown of the output tokens."""

    reasoning_tokens: int
    """The number of reasoning tokens."""
