# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class BetaFunctionShellCallOutputExitOutcome(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """Exit code from the shell process."""
