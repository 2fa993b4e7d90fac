# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .eval_run import EvalRun


class EvalRunList(BaseModel):
    """An object representing a list of runs for an evaluation."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[EvalRun]
    """An array of eval run objects."""

    first_id: str
    """The identifier of the first eval run in the data array."""

    last_id: str
    """The identifier of the last eval run in the data array."""

    has_more: bool
    """Indicates whether there are more evals available."""
