# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class CompactionTriggerItemParam(BaseModel):
    """Compacts the current context. Must be the final input item."""

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`."""


class CompactionTriggerItemParamParam(TypedDict, total=False):
    """Compacts the current context. Must be the final input item."""

    type: Required[Literal["compaction_trigger"]]
    """The type of the item. Always `compaction_trigger`."""
