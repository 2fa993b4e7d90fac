# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventMcpListToolsFailed(BaseModel):
    """Returned when listing MCP tools has failed for an item."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.failed"] = Field(default_factory=_missing)
    """The event type, must be `mcp_list_tools.failed`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP list tools item."""
