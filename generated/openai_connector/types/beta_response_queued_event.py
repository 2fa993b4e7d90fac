# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse


class BetaResponseQueuedEvent(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.queued"]
    """The type of the event. Always 'response.queued'."""

    response: BetaResponse
    """The full response object that is queued."""

    sequence_number: int
    """The sequence number for this event."""
