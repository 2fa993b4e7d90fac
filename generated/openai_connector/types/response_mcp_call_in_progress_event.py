# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseMcpCallInProgressEvent(BaseModel):
    """Emitted when an MCP  tool call is in progress."""

    type: Literal["response.mcp_call.in_progress"]
    """The type of the event. Always 'response.mcp_call.in_progress'."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""
