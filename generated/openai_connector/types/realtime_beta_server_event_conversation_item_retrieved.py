# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeBetaServerEventConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
