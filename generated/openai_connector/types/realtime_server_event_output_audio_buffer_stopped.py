# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventOutputAudioBufferStopped(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.stopped"] = Field(default_factory=_missing)
    """The event type, must be `output_audio_buffer.stopped`."""

    response_id: str = Field(default_factory=_missing)
    """The unique ID of the response that produced the audio."""
