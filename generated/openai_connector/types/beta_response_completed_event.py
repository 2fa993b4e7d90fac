# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse


class BetaResponseCompletedEvent(BaseModel):
    """Emitted when the model response is complete."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: BetaResponse
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""
