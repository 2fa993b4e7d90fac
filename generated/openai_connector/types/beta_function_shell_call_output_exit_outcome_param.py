# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaFunctionShellCallOutputExitOutcomeParamModel(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"] = Field(default_factory=_missing)
    """The outcome type. Always `exit`."""

    exit_code: int = Field(default_factory=_missing)
    """The exit code returned by the shell process."""


class BetaFunctionShellCallOutputExitOutcomeParam(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""
