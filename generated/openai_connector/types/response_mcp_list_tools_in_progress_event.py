# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseMcpListToolsInProgressEvent(BaseModel):
    """Emitted when the system is in the process of retrieving the list of available MCP tools."""

    type: Literal["response.mcp_list_tools.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_list_tools.in_progress'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that is being processed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that is being processed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
