# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RealtimeBetaServerEventInputAudioBufferSpeechStopped(BaseModel):
    """Returned in `server_vad` mode when the server detects the end of speech in
    the audio buffer. The server will also send an `conversation.item.created`
    event with the user message item that is created from the audio buffer.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["input_audio_buffer.speech_stopped"]
    """The event type, must be `input_audio_buffer.speech_stopped`."""

    audio_end_ms: int
    """Milliseconds since the session started when speech stopped. This will
    correspond to the end of audio sent to the model, and thus includes the
    `min_silence_duration_ms` configured in the Session.
    """

    item_id: str
    """The ID of the user message item that will be created."""
