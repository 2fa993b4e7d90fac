# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .function_call_output_status_enum import FunctionCallOutputStatusEnum
from .tool import Tool
from .tool_search_execution_type import ToolSearchExecutionType


class ToolSearchOutput(BaseModel):
    type: Literal["tool_search_output"] = Field(default_factory=_missing)
    """The type of the item. Always `tool_search_output`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the tool search output item."""

    call_id: str | None = None

    execution: ToolSearchExecutionType = Field(default_factory=_missing)
    """Whether tool search was executed by the server or by the client."""

    tools: list[Tool] = Field(default_factory=_missing)
    """The loaded tool definitions returned by tool search."""

    status: FunctionCallOutputStatusEnum = Field(default_factory=_missing)
    """The status of the tool search output item that was recorded."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
