# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .function_shell_call_output_outcome_param import (
    FunctionShellCallOutputOutcome,
    FunctionShellCallOutputOutcomeParam,
)


class FunctionShellCallOutputContentParamModel(BaseModel):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str = Field(default_factory=_missing)
    """Captured stdout output for the shell call."""

    stderr: str = Field(default_factory=_missing)
    """Captured stderr output for the shell call."""

    outcome: FunctionShellCallOutputOutcome = Field(default_factory=_missing)
    """The exit or timeout outcome associated with this shell call."""


class FunctionShellCallOutputContentParam(TypedDict, total=False):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: Required[str]
    """Captured stdout output for the shell call."""

    stderr: Required[str]
    """Captured stderr output for the shell call."""

    outcome: Required[FunctionShellCallOutputOutcomeParam]
    """The exit or timeout outcome associated with this shell call."""
