# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventInputAudioBufferCleared(BaseModel):
    """Returned when the input audio buffer is cleared by the client with a
    `input_audio_buffer.clear` event.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.cleared"] = Field(default_factory=_missing)
    """The event type, must be `input_audio_buffer.cleared`."""
