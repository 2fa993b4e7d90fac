# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeClientEventConversationItemDelete(BaseModel):
    """Send this event when you want to remove any item from the conversation
    history. The server will respond with a `conversation.item.deleted` event,
    unless the item does not exist in the conversation history, in which case the
    server will respond with an error.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["conversation.item.delete"] = Field(default_factory=_missing)
    """The event type, must be `conversation.item.delete`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item to delete."""
