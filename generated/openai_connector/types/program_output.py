# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .program_output_status import ProgramOutputStatus


class ProgramOutput(BaseModel):
    type: Literal["program_output"]
    """The type of the item. Always `program_output`."""

    id: str
    """The unique ID of the program output item."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: ProgramOutputStatus
    """The terminal status of the program output item."""
