# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventInputAudioBufferCommitted(BaseModel):
    """Returned when an input audio buffer is committed, either by the client or
    automatically in server VAD mode. The `item_id` property is the ID of the user
    message item that will be created, thus a `conversation.item.created` event
    will also be sent to the client.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.committed"] = Field(default_factory=_missing)
    """The event type, must be `input_audio_buffer.committed`."""

    previous_item_id: str | None = None
    """The ID of the preceding item after which the new item will be inserted.
    Can be `null` if the item has no predecessor.
    """

    item_id: str = Field(default_factory=_missing)
    """The ID of the user message item that will be created."""
