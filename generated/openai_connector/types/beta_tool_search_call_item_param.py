# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamParam
from .beta_empty_model_param import BetaEmptyModelParam
from .beta_function_call_item_status import BetaFunctionCallItemStatus
from .beta_tool_search_execution_type import BetaToolSearchExecutionType


class BetaToolSearchCallItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_call"] = Field(default_factory=_missing)
    """The item type. Always `tool_search_call`."""

    execution: BetaToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    arguments: BetaEmptyModelParam = Field(default_factory=_missing)
    """The arguments supplied to the tool search call."""

    status: BetaFunctionCallItemStatus | None = None


class BetaToolSearchCallItemParamParam(TypedDict, total=False):
    agent: BetaAgentTagParamParam | None

    id: str | None

    call_id: str | None

    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""

    execution: BetaToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    arguments: Required[BetaEmptyModelParam]
    """The arguments supplied to the tool search call."""

    status: BetaFunctionCallItemStatus | None
