# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseUsageInputTokensDetails(BaseModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int = Field(default_factory=_missing)
    """The number of tokens that were retrieved from the cache.
    [More on prompt caching](/docs/guides/prompt-caching).
    """

    cache_write_tokens: int = Field(default_factory=_missing)
    """The number of input tokens that were written to the cache."""


class ResponseUsageOutputTokensDetails(BaseModel):
    """A detailed breakdown of the output tokens."""

    reasoning_tokens: int = Field(default_factory=_missing)
    """The number of reasoning tokens."""


class ResponseUsage(BaseModel):
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    input_tokens: int = Field(default_factory=_missing)
    """The number of input tokens."""

    input_tokens_details: ResponseUsageInputTokensDetails = Field(default_factory=_missing)
    """A detailed breakdown of the input tokens."""

    output_tokens: int = Field(default_factory=_missing)
    """The number of output tokens."""

    output_tokens_details: ResponseUsageOutputTokensDetails = Field(default_factory=_missing)
    """A detailed breakdown of the output tokens."""

    total_tokens: int = Field(default_factory=_missing)
    """The total number of tokens used."""
