# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeBetaServerEventConversationItemCreated(BaseModel):
    """Returned when a conversation item is created. There are several scenarios that produce this event:
    - The server is generating a Response, which if successful will produce
      either one or two Items, which will be of type `message`
      (role `assistant`) or type `function_call`.
    - The input audio buffer has been committed, either by the client or the
      server (in `server_vad` mode). The server will take the content of the
      input audio buffer and add it to a new user message Item.
    - The client has sent a `conversation.item.create` event to add a new Item
      to the Conversation.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.item.created"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.created`."""

    previous_item_id: str | None = None
    """The ID of the preceding item in the Conversation context, allows the
    client to understand the order of the conversation. Can be `null` if the
    item has no predecessor.
    """

    item: RealtimeConversationItem = Field(default_factory=_missing)
    """A single item within a Realtime conversation."""
