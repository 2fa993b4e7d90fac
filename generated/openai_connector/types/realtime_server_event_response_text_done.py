# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventResponseTextDone(BaseModel):
    """Returned when the text value of an "output_text" content part is done streaming. Also
    emitted when a Response is interrupted, incomplete, or cancelled.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.output_text.done"] = Field(default_factory=_missing)
    """The event type, must be `response.output_text.done`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part in the item's content array."""

    text: str = Field(default_factory=_missing)
    """The final text content."""
