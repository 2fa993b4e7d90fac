# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam
from .beta_mcp_tool_call_error import BetaMcpToolCallError, BetaMcpToolCallErrorParam
from .beta_mcp_tool_call_status import BetaMcpToolCallStatus


class BetaMcpToolCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["mcp_call"] = Field(default_factory=_missing)
    """The type of the item. Always `mcp_call`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the tool call."""

    server_label: str = Field(default_factory=_missing)
    """The label of the MCP server running the tool."""

    name: str = Field(default_factory=_missing)
    """The name of the tool that was run."""

    arguments: str = Field(default_factory=_missing)
    """A JSON string of the arguments passed to the tool."""

    output: str | None = None
    """The output from the tool call."""

    error: BetaMcpToolCallError | None = None
    """The error from the tool call, if any."""

    status: BetaMcpToolCallStatus | None = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: str | None = None
    """Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """


class BetaMcpToolCallParam(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    type: Required[Literal["mcp_call"]]
    """The type of the item. Always `mcp_call`."""

    id: Required[str]
    """The unique ID of the tool call."""

    server_label: Required[str]
    """The label of the MCP server running the tool."""

    name: Required[str]
    """The name of the tool that was run."""

    arguments: Required[str]
    """A JSON string of the arguments passed to the tool."""

    output: str | None
    """The output from the tool call."""

    error: BetaMcpToolCallErrorParam | None
    """The error from the tool call, if any."""

    status: BetaMcpToolCallStatus
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: str | None
    """Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """
