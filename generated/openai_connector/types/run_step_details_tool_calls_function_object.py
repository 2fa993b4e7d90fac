# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RunStepDetailsToolCallsFunctionObject(BaseModel):
    """Function tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["function"]
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: RunStepDetailsToolCallsFunctionObjectFunction
    """The definition of the function that was called."""


class RunStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments passed to the function."""

    output: str | None = None
