# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open


class AssistantsNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type: Open[Literal["function", "code_interpreter", "file_search"]]
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunction | None = None


class AssistantsNamedToolChoiceParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type: Required[Literal["function", "code_interpreter", "file_search"]]
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunctionParam


class AssistantsNamedToolChoiceFunction(BaseModel):
    name: str
    """The name of the function to call."""


class AssistantsNamedToolChoiceFunctionParam(TypedDict, total=False):
    name: Required[str]
    """The name of the function to call."""
