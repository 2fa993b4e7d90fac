# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class SpeechAudioDeltaEvent(BaseModel):
    """Emitted for each chunk of audio data generated during speech synthesis."""

    type: Literal["speech.audio.delta"]
    """The type of the event. Always `speech.audio.delta`."""

    audio: str
    """A chunk of Base64-encoded audio data."""
