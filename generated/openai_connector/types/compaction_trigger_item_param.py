# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CompactionTriggerItem(BaseModel):
    """Compacts the current context. Must be the final input item."""

    type: Literal["compaction_trigger"] = Field(default_factory=_missing)
    """The type of the item. Always `compaction_trigger`."""


class CompactionTriggerItemParam(TypedDict, total=False):
    """Compacts the current context. Must be the final input item."""

    type: Required[Literal["compaction_trigger"]]
    """The type of the item. Always `compaction_trigger`."""
