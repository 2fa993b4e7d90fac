# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaMcpToolFilter(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: list[str] | None = None
    """List of allowed tool names."""

    read_only: bool | None = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """


class BetaMcpToolFilterParam(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    tool_names: Sequence[str]
    """List of allowed tool names."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """
