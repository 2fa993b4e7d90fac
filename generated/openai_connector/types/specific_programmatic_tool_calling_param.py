# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SpecificProgrammaticToolCalling(BaseModel):
    type: Literal["programmatic_tool_calling"] = Field(default_factory=_missing)
    """The tool to call. Always `programmatic_tool_calling`."""


class SpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]
    """The tool to call. Always `programmatic_tool_calling`."""
