# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventResponseMcpCallCompleted(BaseModel):
    """Returned when an MCP tool call has completed successfully."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.mcp_call.completed"] = Field(default_factory=_missing)
    """The event type, must be `response.mcp_call.completed`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item."""
