# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .realtime_conversation_item import RealtimeConversationItem


class RealtimeServerEventResponseOutputItemAdded(BaseModel):
    """Returned when a new Item is created during Response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_item.added"]
    """The event type, must be `response.output_item.added`."""

    response_id: str
    """The ID of the Response to which the item belongs."""

    output_index: int
    """The index of the output item in the Response."""

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
