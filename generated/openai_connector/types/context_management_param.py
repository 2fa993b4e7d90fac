# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ContextManagement(BaseModel):
    type: str = Field(default_factory=_missing)
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None = None
    """Token threshold at which compaction should be triggered for this entry."""


class ContextManagementParam(TypedDict, total=False):
    type: Required[str]
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None
    """Token threshold at which compaction should be triggered for this entry."""
