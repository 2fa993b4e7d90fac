# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeMcpApprovalRequest(BaseModel):
    """A Realtime item requesting human approval of a tool invocation."""

    type: Literal["mcp_approval_request"] = Field(default_factory=_missing)
    """The type of the item. Always `mcp_approval_request`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the approval request."""

    server_label: str = Field(default_factory=_missing)
    """The label of the MCP server making the request."""

    name: str = Field(default_factory=_missing)
    """The name of the tool to run."""

    arguments: str = Field(default_factory=_missing)
    """A JSON string of arguments for the tool."""
