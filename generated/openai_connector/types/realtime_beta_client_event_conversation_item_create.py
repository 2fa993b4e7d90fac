# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeBetaClientEventConversationItemCreate(BaseModel):
    """Add a new Item to the Conversation's context, including messages, function
    calls, and function call responses. This event can be used both to populate a
    "history" of the conversation and to add new items mid-stream, but has the
    current limitation that it cannot populate assistant audio messages.

    If successful, the server will respond with a `conversation.item.created`
    event, otherwise an `error` event will be sent.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: 'Literal["conversation.item.create"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.item.create`."""

    previous_item_id: str | None = None
    """The ID of the preceding item after which the new item will be inserted.
    If not set, the new item will be appended to the end of the conversation.
    If set to `root`, the new item will be added to the beginning of the conversation.
    If set to an existing ID, it allows an item to be inserted mid-conversation. If the
    ID cannot be found, an error will be returned and the item will not be added.
    """

    item: RealtimeConversationItem = Field(default_factory=_missing)
    """A single item within a Realtime conversation."""
