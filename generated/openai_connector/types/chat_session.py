# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chat_session_chatkit_configuration import ChatSessionChatkitConfiguration
from .chat_session_rate_limits import ChatSessionRateLimits
from .chat_session_status import ChatSessionStatus
from .chatkit_workflow import ChatkitWorkflow


class ChatSession(BaseModel):
    """Represents a ChatKit session and its resolved configuration."""

    id: str = Field(default_factory=_missing)
    """Identifier for the ChatKit session."""

    object: Literal["chatkit.session"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.session`."""

    expires_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the session expires."""

    client_secret: str = Field(default_factory=_missing)
    """Ephemeral client secret that authenticates session requests."""

    workflow: ChatkitWorkflow = Field(default_factory=_missing)
    """Workflow metadata for the session."""

    user: str = Field(default_factory=_missing)
    """User identifier associated with the session."""

    rate_limits: ChatSessionRateLimits = Field(default_factory=_missing)
    """Resolved rate limit values."""

    max_requests_per_1_minute: int = Field(default_factory=_missing)
    """Convenience copy of the per-minute request limit."""

    status: ChatSessionStatus = Field(default_factory=_missing)
    """Current lifecycle state of the session."""

    chatkit_configuration: ChatSessionChatkitConfiguration = Field(default_factory=_missing)
    """Resolved ChatKit feature configuration for the session."""
