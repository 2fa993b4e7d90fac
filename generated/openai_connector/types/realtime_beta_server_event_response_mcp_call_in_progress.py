# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RealtimeBetaServerEventResponseMcpCallInProgress(BaseModel):
    """Returned when an MCP tool call has started and is in progress."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call.in_progress"]
    """The event type, must be `response.mcp_call.in_progress`."""

    output_index: int
    """The index of the output item in the response."""

    item_id: str
    """The ID of the MCP tool call item."""
