# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RunStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str
    """The text output from the Code Interpreter tool call."""
