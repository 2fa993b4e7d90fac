# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag


class BetaResponseErrorEvent(BaseModel):
    """Emitted when an error occurs."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    code: str | None = None

    message: str
    """The error message."""

    param: str | None = None

    sequence_number: int
    """The sequence number of this event."""
