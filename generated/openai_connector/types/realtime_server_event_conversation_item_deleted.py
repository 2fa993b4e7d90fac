# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventConversationItemDeleted(BaseModel):
    """Returned when an item in the conversation is deleted by the client with a
    `conversation.item.delete` event. This event is used to synchronize the
    server's understanding of the conversation history with the client's view.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["conversation.item.deleted"] = Field(default_factory=_missing)
    """The event type, must be `conversation.item.deleted`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item that was deleted."""
