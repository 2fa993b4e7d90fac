# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseReasoningSummaryTextDeltaEvent(BaseModel):
    """Emitted when a delta is added to a reasoning summary text."""

    type: 'Literal["response.reasoning_summary_text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_text.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary text delta is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary text delta is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was added to the summary."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
