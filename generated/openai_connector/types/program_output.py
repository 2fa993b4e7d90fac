# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .program_output_status import ProgramOutputStatus


class ProgramOutput(BaseModel):
    type: Literal["program_output"] = Field(default_factory=_missing)
    """The type of the item. Always `program_output`."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the program output item."""

    call_id: str = Field(default_factory=_missing)
    """The call ID of the program item."""

    result: str = Field(default_factory=_missing)
    """The result produced by the program item."""

    status: ProgramOutputStatus = Field(default_factory=_missing)
    """The terminal status of the program output item."""
