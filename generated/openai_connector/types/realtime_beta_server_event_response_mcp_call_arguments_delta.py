# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventResponseMcpCallArgumentsDelta(BaseModel):
    """Returned when MCP tool call arguments are updated during response generation."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["response.mcp_call_arguments.delta"]' = Field(default_factory=_missing)
    """The event type, must be `response.mcp_call_arguments.delta`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    delta: str = Field(default_factory=_missing)
    """The JSON-encoded arguments delta."""

    obfuscation: str | None = None
    """If present, indicates the delta text was obfuscated."""
