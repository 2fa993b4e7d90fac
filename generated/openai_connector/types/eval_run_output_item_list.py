# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .eval_run_output_item import EvalRunOutputItem


class EvalRunOutputItemList(BaseModel):
    """An object representing a list of output items for an evaluation run."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[EvalRunOutputItem]
    """An array of eval run output item objects."""

    first_id: str
    """The identifier of the first eval run output item in the data array."""

    last_id: str
    """The identifier of the last eval run output item in the data array."""

    has_more: bool
    """Indicates whether there are more eval run output items available."""
