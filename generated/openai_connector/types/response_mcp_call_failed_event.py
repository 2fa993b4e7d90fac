# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseMcpCallFailedEvent(BaseModel):
    """Emitted when an MCP  tool call has failed."""

    type: Literal["response.mcp_call.failed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call.failed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that failed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that failed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
