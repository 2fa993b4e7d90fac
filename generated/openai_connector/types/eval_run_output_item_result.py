# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any

from ..lib._models import BaseModel


class EvalRunOutputItemResult(BaseModel):
    """A single grader result for an evaluation run output item."""

    name: str
    """The name of the grader."""

    type: str | None = None
    """The grader type (for example, "string-check-grader")."""

    score: float
    """The numeric score produced by the grader."""

    passed: bool
    """Whether the grader considered the output a pass."""

    sample: dict[str, Any] | None = None
    """Optional sample or intermediate data produced by the grader."""
