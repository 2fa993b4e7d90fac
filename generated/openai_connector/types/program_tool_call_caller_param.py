# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProgramToolCallCallerParamModel(BaseModel):
    type: Literal["program"] = Field(default_factory=_missing)
    """The caller type. Always `program`."""

    caller_id: str = Field(default_factory=_missing)
    """The call ID of the program item that produced this tool call."""


class ProgramToolCallCallerParam(TypedDict, total=False):
    type: Required[Literal["program"]]
    """The caller type. Always `program`."""

    caller_id: Required[str]
    """The call ID of the program item that produced this tool call."""
