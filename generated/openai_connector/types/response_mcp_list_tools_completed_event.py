# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseMcpListToolsCompletedEvent(BaseModel):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    type: Literal["response.mcp_list_tools.completed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_list_tools.completed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that produced this output."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
