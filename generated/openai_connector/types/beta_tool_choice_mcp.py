# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaToolChoiceMcp(BaseModel):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: Literal["mcp"] = Field(default_factory=_missing)
    """For MCP tools, the type is always `mcp`."""

    server_label: str = Field(default_factory=_missing)
    """The label of the MCP server to use."""

    name: str | None = None
    """The name of the tool to call on the server."""


class BetaToolChoiceMcpParam(TypedDict, total=False):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: Required[Literal["mcp"]]
    """For MCP tools, the type is always `mcp`."""

    server_label: Required[str]
    """The label of the MCP server to use."""

    name: str | None
    """The name of the tool to call on the server."""
