# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventInputAudioBufferSpeechStopped(BaseModel):
    """Returned in `server_vad` mode when the server detects the end of speech in
    the audio buffer. The server will also send an `conversation.item.created`
    event with the user message item that is created from the audio buffer.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.speech_stopped"] = Field(default_factory=_missing)
    """The event type, must be `input_audio_buffer.speech_stopped`."""

    audio_end_ms: int = Field(default_factory=_missing)
    """Milliseconds since the session started when speech stopped. This will
    correspond to the end of audio sent to the model, and thus includes the
    `min_silence_duration_ms` configured in the Session.
    """

    item_id: str = Field(default_factory=_missing)
    """The ID of the user message item that will be created."""
