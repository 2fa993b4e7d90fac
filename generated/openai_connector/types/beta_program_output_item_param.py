# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam, BetaAgentTagParamParam
from .beta_program_output_item_status import BetaProgramOutputItemStatus


class BetaProgramOutputItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str
    """The unique ID of this program output item."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: BetaProgramOutputItemStatus
    """The terminal status of the program output."""


class BetaProgramOutputItemParamParam(TypedDict, total=False):
    agent: BetaAgentTagParamParam | None

    id: Required[str]
    """The unique ID of this program output item."""

    type: Required[Literal["program_output"]]
    """The item type. Always `program_output`."""

    call_id: Required[str]
    """The call ID of the program item."""

    result: Required[str]
    """The result produced by the program item."""

    status: Required[BetaProgramOutputItemStatus]
    """The terminal status of the program output."""
