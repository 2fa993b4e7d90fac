# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class CodeInterpreterTextOutput(BaseModel):
    """The output of a code interpreter tool call that is text."""

    type: Literal["logs"]
    """The type of the code interpreter text output. Always `logs`."""

    logs: str
    """The logs of the code interpreter tool call."""
