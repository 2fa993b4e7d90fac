# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .empty_model_param import EmptyModelParam
from .tool_search_execution_type import ToolSearchExecutionType


class ToolSearchTool(BaseModel):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Literal["tool_search"] = Field(default_factory=_missing)
    """The type of the tool. Always `tool_search`."""

    execution: ToolSearchExecutionType | None = None
    """Whether tool search is executed by the server or by the client."""

    description: str | None = None
    """Description shown to the model for a client-executed tool search tool."""

    parameters: EmptyModelParam | None = None
    """Parameter schema for a client-executed tool search tool."""


class ToolSearchToolParam(TypedDict, total=False):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Required[Literal["tool_search"]]
    """The type of the tool. Always `tool_search`."""

    execution: ToolSearchExecutionType
    """Whether tool search is executed by the server or by the client."""

    description: str | None
    """Description shown to the model for a client-executed tool search tool."""

    parameters: EmptyModelParam | None
    """Parameter schema for a client-executed tool search tool."""
