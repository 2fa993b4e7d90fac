# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class RateLimits(BaseModel):
    """Controls request rate limits for the session."""

    max_requests_per_1_minute: int | None = None
    """Maximum number of requests allowed per minute for the session. Defaults to 10."""


class RateLimitsParam(TypedDict, total=False):
    """Controls request rate limits for the session."""

    max_requests_per_1_minute: int
    """Maximum number of requests allowed per minute for the session. Defaults to 10."""
