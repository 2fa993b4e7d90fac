# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .empty_model_param import EmptyModelParam
from .function_call_item_status import FunctionCallItemStatus
from .tool_search_execution_type import ToolSearchExecutionType


class ToolSearchCallItemParam(BaseModel):
    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_call"] = Field(default_factory=_missing)
    """The item type. Always `tool_search_call`."""

    execution: ToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    arguments: EmptyModelParam = Field(default_factory=_missing)
    """The arguments supplied to the tool search call."""

    status: FunctionCallItemStatus | None = None


class ToolSearchCallItemParamParam(TypedDict, total=False):
    id: str | None

    call_id: str | None

    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""

    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    arguments: Required[EmptyModelParam]
    """The arguments supplied to the tool search call."""

    status: FunctionCallItemStatus | None
