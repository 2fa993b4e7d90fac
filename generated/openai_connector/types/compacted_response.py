# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .item_field import ItemField
from .response_usage import ResponseUsage


class CompactedResponse(BaseModel):
    """The compacted response object"""

    id: str = Field(default_factory=_missing)
    """The unique identifier for the compacted response."""

    object: Literal["response.compaction"] = Field(default_factory=_missing)
    """The object type. Always `response.compaction`."""

    output: list[ItemField] = Field(default_factory=_missing)
    """The compacted list of output items."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the compacted conversation was created."""

    usage: ResponseUsage = Field(default_factory=_missing)
    """Token accounting for the compaction pass, including cached, reasoning, and total tokens."""
