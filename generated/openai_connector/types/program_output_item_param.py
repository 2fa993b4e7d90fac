# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .program_output_item_status import ProgramOutputItemStatus


class ProgramOutputItem(BaseModel):
    id: str = Field(default_factory=_missing)
    """The unique ID of this program output item."""

    type: Literal["program_output"] = Field(default_factory=_missing)
    """The item type. Always `program_output`."""

    call_id: str = Field(default_factory=_missing)
    """The call ID of the program item."""

    result: str = Field(default_factory=_missing)
    """The result produced by the program item."""

    status: ProgramOutputItemStatus = Field(default_factory=_missing)
    """The terminal status of the program output."""


class ProgramOutputItemParam(TypedDict, total=False):
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
