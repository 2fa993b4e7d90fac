# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamParam
from .beta_function_call_item_status import BetaFunctionCallItemStatus
from .beta_tool import BetaTool, BetaToolParam
from .beta_tool_search_execution_type import BetaToolSearchExecutionType


class BetaToolSearchOutputItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_output"] = Field(default_factory=_missing)
    """The item type. Always `tool_search_output`."""

    execution: BetaToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    tools: list[BetaTool] = Field(default_factory=_missing)
    """The loaded tool definitions returned by the tool search output."""

    status: BetaFunctionCallItemStatus | None = None


class BetaToolSearchOutputItemParamParam(TypedDict, total=False):
    agent: BetaAgentTagParamParam | None

    id: str | None

    call_id: str | None

    type: Required[Literal["tool_search_output"]]
    """The item type. Always `tool_search_output`."""

    execution: BetaToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    tools: Required[Sequence[BetaToolParam]]
    """The loaded tool definitions returned by the tool search output."""

    status: BetaFunctionCallItemStatus | None
