# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .mcp_list_tools_tool import McpListToolsTool, McpListToolsToolParam


class McpListTools(BaseModel):
    """A list of tools available on an MCP server."""

    type: Literal["mcp_list_tools"] = Field(default_factory=_missing)
    """The type of the item. Always `mcp_list_tools`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the list."""

    server_label: str = Field(default_factory=_missing)
    """The label of the MCP server."""

    tools: list[McpListToolsTool] = Field(default_factory=_missing)
    """The tools available on the server."""

    error: str | None = None
    """Error message if the server could not list tools."""


class McpListToolsParam(TypedDict, total=False):
    """A list of tools available on an MCP server."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: Required[str]
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Sequence[McpListToolsToolParam]]
    """The tools available on the server."""

    error: str | None
    """Error message if the server could not list tools."""
