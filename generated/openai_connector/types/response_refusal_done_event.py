# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseRefusalDoneEvent(BaseModel):
    """Emitted when refusal text is finalized."""

    type: 'Literal["response.refusal.done"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.refusal.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the refusal text is finalized."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the refusal text is finalized."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the refusal text is finalized."""

    refusal: str = Field(default_factory=_missing)
    """The refusal text that is finalized."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
