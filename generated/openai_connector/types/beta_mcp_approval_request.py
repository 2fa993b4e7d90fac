# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam


class BetaMcpApprovalRequest(BaseModel):
    """A request for human approval of a tool invocation."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

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


class BetaMcpApprovalRequestParam(TypedDict, total=False):
    """A request for human approval of a tool invocation."""

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    type: Required[Literal["mcp_approval_request"]]
    """The type of the item. Always `mcp_approval_request`."""

    id: Required[str]
    """The unique ID of the approval request."""

    server_label: Required[str]
    """The label of the MCP server making the request."""

    name: Required[str]
    """The name of the tool to run."""

    arguments: Required[str]
    """A JSON string of arguments for the tool."""
