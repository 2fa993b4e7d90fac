# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeServerEventConversationItemAdded(BaseModel):
    """Sent by the server when an Item is added to the default Conversation. This can happen in several cases:
    - When the client sends a `conversation.item.create` event.
    - When the input audio buffer is committed. In this case the item will be a user message containing the audio from the buffer.
    - When the model is generating a Response. In this case the `conversation.item.added` event will be sent when the model starts generating a specific Item, and thus it will not yet have any content (and `status` will be `in_progress`).

    The event will include the full content of the Item (except when model is generating a Response) except for audio data, which can be retrieved separately with a `conversation.item.retrieve` event if necessary.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.item.added"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.added`."""

    previous_item_id: str | None = None
    """The ID of the item that precedes this one, if any. This is used to
    maintain ordering when items are inserted.
    """

    item: RealtimeConversationItem = Field(default_factory=_missing)
    """A single item within a Realtime conversation."""
