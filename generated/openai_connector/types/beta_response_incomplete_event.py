# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse


class BetaResponseIncompleteEvent(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: BetaResponse
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""
