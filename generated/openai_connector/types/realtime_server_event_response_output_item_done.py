# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeServerEventResponseOutputItemDone(BaseModel):
    """Returned when an Item is done streaming. Also emitted when a Response is
    interrupted, incomplete, or cancelled.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.output_item.done"] = Field(default_factory=_missing)
    """The event type, must be `response.output_item.done`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the Response to which the item belongs."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the Response."""

    item: RealtimeConversationItem = Field(default_factory=_missing)
    """A single item within a Realtime conversation."""
