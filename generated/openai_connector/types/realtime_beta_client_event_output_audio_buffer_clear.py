# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaClientEventOutputAudioBufferClear(BaseModel):
    """**WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
    stop generating audio and emit a `output_audio_buffer.cleared` event. This
    event should be preceded by a `response.cancel` client event to stop the
    generation of the current response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str | None = None
    """The unique ID of the client event used for error handling."""

    type: Literal["output_audio_buffer.clear"] = Field(default_factory=_missing)
    """The event type, must be `output_audio_buffer.clear`."""
