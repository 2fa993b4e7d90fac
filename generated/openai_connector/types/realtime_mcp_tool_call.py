# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .realtime_mcp_protocol_error import RealtimeMcpProtocolError
from .realtime_mcp_tool_execution_error import RealtimeMcpToolExecutionError
from .realtime_mcphttp_error import RealtimeMcphttpError


class RealtimeMcpToolCall(BaseModel):
    """A Realtime item representing an invocation of a tool on an MCP server."""

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

    approval_request_id: str | None = None
    """The ID of an associated approval request, if any."""

    output: str | None = None
    """The output from the tool call."""

    error: 'Open[Annotated[Annotated[RealtimeMcpProtocolError, Tag("protocol_error")] | Annotated[RealtimeMcpToolExecutionError, Tag("tool_execution_error")] | Annotated[RealtimeMcphttpError, Tag("http_error")], Discriminator(tag_of("type"))]] | None' = None
    """The error from the tool call, if any."""
