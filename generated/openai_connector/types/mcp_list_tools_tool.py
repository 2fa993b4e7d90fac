# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from collections.abc import Mapping
from typing import Any, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class McpListToolsTool(BaseModel):
    """A tool available on an MCP server."""

    name: str = Field(default_factory=_missing)
    """The name of the tool."""

    description: str | None = None
    """The description of the tool."""

    input_schema: dict[str, builtins.object] = Field(default_factory=_missing)
    """The JSON schema describing the tool's input."""

    annotations: dict[str, builtins.object] | None = None
    """Additional annotations about the tool."""


class McpListToolsToolParam(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: str | None
    """The description of the tool."""

    input_schema: Required[Mapping[str, Any]]
    """The JSON schema describing the tool's input."""

    annotations: Mapping[str, Any] | None
    """Additional annotations about the tool."""
