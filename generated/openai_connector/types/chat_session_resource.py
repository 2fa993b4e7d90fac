# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .chat_session_chatkit_configuration import ChatSessionChatkitConfiguration
from .chat_session_rate_limits import ChatSessionRateLimits
from .chat_session_status import ChatSessionStatus
from .chatkit_workflow import ChatkitWorkflow


class ChatSessionResource(BaseModel):
    """Represents a ChatKit session and its resolved configuration."""

    id: str
    """Identifier for the ChatKit session."""

    object: Literal["chatkit.session"]
    """Type discriminator that is always `chatkit.session`."""

    expires_at: int
    """Unix timestamp (in seconds) for when the session expires."""

    client_secret: str
    """Ephemeral client secret that authenticates session requests."""

    workflow: ChatkitWorkflow
    """Workflow metadata for the session."""

    user: str
    """User identifier associated with the session."""

    rate_limits: ChatSessionRateLimits
    """Resolved rate limit values."""

    max_requests_per_1_minute: int
    """Convenience copy of the per-minute request limit."""

    status: ChatSessionStatus
    """Current lifecycle state of the session."""

    chatkit_configuration: ChatSessionChatkitConfiguration
    """Resolved ChatKit feature configuration for the session."""
