# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Any, Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class McpToolExecutionError(BaseModel):
    type: Literal["mcp_tool_execution_error"] = Field(default_factory=_missing)

    content: builtins.object = Field(default_factory=_missing)


class McpToolExecutionErrorParam(TypedDict, total=False):
    type: Required[Literal["mcp_tool_execution_error"]]

    content: Required[Any]
