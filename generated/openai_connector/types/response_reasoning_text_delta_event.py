# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseReasoningTextDeltaEvent(BaseModel):
    """Emitted when a delta is added to a reasoning text."""

    type: 'Literal["response.reasoning_text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_text.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this reasoning text delta is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this reasoning text delta is associated with."""

    content_index: int = Field(default_factory=_missing)
    """The index of the reasoning content part this delta is associated with."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was added to the reasoning content."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
