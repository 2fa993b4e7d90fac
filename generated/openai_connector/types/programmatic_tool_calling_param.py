# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProgrammaticToolCalling(BaseModel):
    type: Literal["programmatic_tool_calling"] = Field(default_factory=_missing)
    """The type of the tool. Always `programmatic_tool_calling`."""


class ProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]
    """The type of the tool. Always `programmatic_tool_calling`."""
