# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatSessionRateLimits(BaseModel):
    """Active per-minute request limit for the session."""

    max_requests_per_1_minute: int = Field(default_factory=_missing)
    """Maximum allowed requests per one-minute window."""
