# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse


class BetaResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: BetaResponse
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""
