# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class RealtimeBetaServerEventRateLimitsUpdatedRateLimit(BaseModel):
    name: Open[Literal["requests", "tokens"]] | None = None
    """The name of the rate limit (`requests`, `tokens`)."""

    limit: int | None = None
    """The maximum allowed value for the rate limit."""

    remaining: int | None = None
    """The remaining value before the limit is reached."""

    reset_seconds: float | None = None
    """Seconds until the rate limit resets."""


class RealtimeBetaServerEventRateLimitsUpdated(BaseModel):
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["rate_limits.updated"]' = Field(default_factory=_missing)
    """The event type, must be `rate_limits.updated`."""

    rate_limits: list[RealtimeBetaServerEventRateLimitsUpdatedRateLimit] = Field(default_factory=_missing)
    """List of rate limit information."""
