# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeServerEventConversationItemDone(BaseModel):
    """Returned when a conversation item is finalized.

    The event will include the full content of the Item except for audio data, which can be retrieved separately with a `conversation.item.retrieve` event if needed.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.item.done"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.done`."""

    previous_item_id: str | None = None
    """The ID of the item that precedes this one, if any. This is used to
    maintain ordering when items are inserted.
    """

    item: RealtimeConversationItem = Field(default_factory=_missing)
    """A single item within a Realtime conversation."""
