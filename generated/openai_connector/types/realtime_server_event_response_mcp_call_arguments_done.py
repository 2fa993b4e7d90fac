# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventResponseMcpCallArgumentsDone(BaseModel):
    """Returned when MCP tool call arguments are finalized during response generation."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.mcp_call_arguments.done"] = Field(default_factory=_missing)
    """The event type, must be `response.mcp_call_arguments.done`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    arguments: str = Field(default_factory=_missing)
    """The final JSON-encoded arguments string."""
