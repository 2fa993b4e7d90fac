# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventOutputAudioBufferCleared(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This happens either in VAD
    mode when the user has interrupted (`input_audio_buffer.speech_started`),
    or when the client has emitted the `output_audio_buffer.clear` event to manually
    cut off the current audio response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.cleared"] = Field(default_factory=_missing)
    """The event type, must be `output_audio_buffer.cleared`."""

    response_id: str = Field(default_factory=_missing)
    """The unique ID of the response that produced the audio."""
