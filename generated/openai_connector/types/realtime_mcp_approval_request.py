# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RealtimeMcpApprovalRequest(BaseModel):
    """A Realtime item requesting human approval of a tool invocation."""

    type: Literal["mcp_approval_request"]
    """The type of the item. Always `mcp_approval_request`."""

    id: str
    """The unique ID of the approval request."""

    server_label: str
    """The label of the MCP server making the request."""

    name: str
    """The name of the tool to run."""

    arguments: str
    """A JSON string of arguments for the tool."""
