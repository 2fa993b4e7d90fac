# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ChatSessionRateLimits(BaseModel):
    """Active per-minute request limit for the session."""

    max_requests_per_1_minute: int
    """Maximum allowed requests per one-minute window."""
