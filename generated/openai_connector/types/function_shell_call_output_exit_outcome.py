# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class FunctionShellCallOutputExitOutcome(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"] = Field(default_factory=_missing)
    """The outcome type. Always `exit`."""

    exit_code: int = Field(default_factory=_missing)
    """Exit code from the shell process."""
