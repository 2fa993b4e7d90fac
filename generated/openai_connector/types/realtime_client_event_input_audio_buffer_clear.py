# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeClientEventInputAudioBufferClear(BaseModel):
    """Send this event to clear the audio bytes in the buffer. The server will
    respond with an `input_audio_buffer.cleared` event.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["input_audio_buffer.clear"] = Field(default_factory=_missing)
    """The event type, must be `input_audio_buffer.clear`."""
