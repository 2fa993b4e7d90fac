# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .mcp_tool_call_error import McpToolCallError, McpToolCallErrorParam
from .mcp_tool_call_status import McpToolCallStatus


class McpToolCall(BaseModel):
    """An invocation of a tool on an MCP server."""

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

    error: McpToolCallError | None = None
    """The error from the tool call, if any."""

    status: McpToolCallStatus | None = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: str | None = None
    """Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """


class McpToolCallParam(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

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

    error: McpToolCallErrorParam | None
    """The error from the tool call, if any."""

    status: McpToolCallStatus
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: str | None
    """Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """
