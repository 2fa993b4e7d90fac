# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventConversationCreatedConversation(BaseModel):
    """The conversation resource."""

    id: str | None = None
    """The unique ID of the conversation."""

    object: str | None = None
    """The object type, must be `realtime.conversation`."""


class RealtimeServerEventConversationCreated(BaseModel):
    """Returned when a conversation is created. Emitted right after session creation."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["conversation.created"]' = Field(default_factory=_missing)
    """The event type, must be `conversation.created`."""

    conversation: RealtimeServerEventConversationCreatedConversation = Field(default_factory=_missing)
    """The conversation resource."""
