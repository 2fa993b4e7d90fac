# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called."""

    name: str | None = None
    """The name of the function."""

    arguments: str | None = None
    """The arguments passed to the function."""

    output: str | None = None
    """The output of the function. This will be `null` if the outputs have not been [submitted](/docs/api-reference/runs/submitToolOutputs) yet."""


class RunStepDeltaStepDetailsToolCallsFunctionObject(BaseModel):
    """Function tool call"""

    index: int = Field(default_factory=_missing)
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call object."""

    type: 'Literal["function"]' = Field(default_factory=_missing)
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | None = None
    """The definition of the function that was called."""
