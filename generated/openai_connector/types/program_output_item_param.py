# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .program_output_item_status import ProgramOutputItemStatus


class ProgramOutputItemParam(BaseModel):
    id: str
    """The unique ID of this program output item."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: ProgramOutputItemStatus
    """The terminal status of the program output."""


class ProgramOutputItemParamParam(TypedDict, total=False):
    id: Required[str]
    """The unique ID of this program output item."""

    type: Required[Literal["program_output"]]
    """The item type. Always `program_output`."""

    call_id: Required[str]
    """The call ID of the program item."""

    result: Required[str]
    """The result produced by the program item."""

    status: Required[ProgramOutputItemStatus]
    """The terminal status of the program output."""
