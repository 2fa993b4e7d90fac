# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeServerEventConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`. This is provided as a way to fetch the server's representation of an item, for example to get access to the post-processed audio data after noise cancellation and VAD. It includes the full content of the Item, including audio data."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.item.retrieved"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.retrieved`."""

    item: RealtimeConversationItem = Field(default_factory=_missing)
    """A single item within a Realtime conversation."""
