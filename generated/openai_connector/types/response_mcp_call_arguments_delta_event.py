# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseMcpCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool call."""

    type: Literal["response.mcp_call_arguments.delta"]
    """The type of the event. Always 'response.mcp_call_arguments.delta'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    delta: str
    """A JSON string containing the partial update to the arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""
