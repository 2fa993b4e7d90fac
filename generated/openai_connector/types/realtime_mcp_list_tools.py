# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .mcp_list_tools_tool import McpListToolsTool


class RealtimeMcpListTools(BaseModel):
    """A Realtime item listing tools available on an MCP server."""

    type: Literal["mcp_list_tools"] = Field(default_factory=_missing)
    """The type of the item. Always `mcp_list_tools`."""

    id: str | None = None
    """The unique ID of the list."""

    server_label: str = Field(default_factory=_missing)
    """The label of the MCP server."""

    tools: list[McpListToolsTool] = Field(default_factory=_missing)
    """The tools available on the server."""
