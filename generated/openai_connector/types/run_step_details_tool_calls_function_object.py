# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called."""

    name: str = Field(default_factory=_missing)
    """The name of the function."""

    arguments: str = Field(default_factory=_missing)
    """The arguments passed to the function."""

    output: str | None = None
    """The output of the function. This will be `null` if the outputs have not been [submitted](/docs/api-reference/runs/submitToolOutputs) yet."""


class RunStepDetailsToolCallsFunctionObject(BaseModel):
    """Function tool call"""

    id: str = Field(default_factory=_missing)
    """The ID of the tool call object."""

    type: 'Literal["function"]' = Field(default_factory=_missing)
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: RunStepDetailsToolCallsFunctionObjectFunction = Field(default_factory=_missing)
    """The definition of the function that was called."""
