# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .function_call_item_status import FunctionCallItemStatus
from .tool import Tool, ToolParam
from .tool_search_execution_type import ToolSearchExecutionType


class ToolSearchOutputItemParam(BaseModel):
    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_output"] = Field(default_factory=_missing)
    """The item type. Always `tool_search_output`."""

    execution: ToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    tools: list[Tool] = Field(default_factory=_missing)
    """The loaded tool definitions returned by the tool search output."""

    status: FunctionCallItemStatus | None = None


class ToolSearchOutputItemParamParam(TypedDict, total=False):
    id: str | None

    call_id: str | None

    type: Required[Literal["tool_search_output"]]
    """The item type. Always `tool_search_output`."""

    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    tools: Required[Sequence[ToolParam]]
    """The loaded tool definitions returned by the tool search output."""

    status: FunctionCallItemStatus | None
