# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_function_call_status import BetaFunctionCallStatus
from .beta_tool_search_execution_type import BetaToolSearchExecutionType


class BetaToolSearchCall(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["tool_search_call"] = Field(default_factory=_missing)
    """The type of the item. Always `tool_search_call`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the tool search call item."""

    call_id: str | None = None

    execution: BetaToolSearchExecutionType = Field(default_factory=_missing)
    """Whether tool search was executed by the server or by the client."""

    arguments: Any = Field(default_factory=_missing)
    """Arguments used for the tool search call."""

    status: BetaFunctionCallStatus = Field(default_factory=_missing)
    """The status of the tool search call item that was recorded."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
