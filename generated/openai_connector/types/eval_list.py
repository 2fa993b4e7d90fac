# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .eval import Eval


class EvalList(BaseModel):
    """An object representing a list of evals."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[Eval]
    """An array of eval objects."""

    first_id: str
    """The identifier of the first eval in the data array."""

    last_id: str
    """The identifier of the last eval in the data array."""

    has_more: bool
    """Indicates whether there are more evals available."""
