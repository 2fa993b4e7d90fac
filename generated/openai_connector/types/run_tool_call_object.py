# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunToolCallObjectFunction(BaseModel):
    """The function definition."""

    name: str = Field(default_factory=_missing)
    """The name of the function."""

    arguments: str = Field(default_factory=_missing)
    """The arguments that the model expects you to pass to the function."""


class RunToolCallObject(BaseModel):
    """Tool call objects"""

    id: str = Field(default_factory=_missing)
    """The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit tool outputs to run](/docs/api-reference/runs/submitToolOutputs) endpoint."""

    type: 'Literal["function"]' = Field(default_factory=_missing)
    """The type of tool call the output is required for. For now, this is always `function`."""

    function: RunToolCallObjectFunction = Field(default_factory=_missing)
    """The function definition."""
