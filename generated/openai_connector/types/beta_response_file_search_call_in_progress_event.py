# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .beta_agent_tag import BetaAgentTag


class BetaResponseFileSearchCallInProgressEvent(BaseModel):
    """Emitted when a file search call is initiated."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.file_search_call.in_progress"]
    """The type of the event. Always `response.file_search_call.in_progress`."""

    output_index: int
    """The index of the output item that the file search call is initiated."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""
