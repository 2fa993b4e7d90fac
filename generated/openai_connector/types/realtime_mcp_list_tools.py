# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .mcp_list_tools_tool import McpListToolsTool


class RealtimeMcpListTools(BaseModel):
    """A Realtime item listing tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str | None = None
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: list[McpListToolsTool]
    """The tools available on the server."""
