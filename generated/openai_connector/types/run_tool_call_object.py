# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RunToolCallObject(BaseModel):
    """Tool call objects"""

    id: str
    """The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit tool outputs to run](/docs/api-reference/runs/submitToolOutputs) endpoint."""

    type: Literal["function"]
    """The type of tool call the output is required for. For now, this is always `function`."""

    function: RunToolCallObjectFunction
    """The function definition."""


class RunToolCallObjectFunction(BaseModel):
    """The function definition."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments that the model expects you to pass to the function."""
