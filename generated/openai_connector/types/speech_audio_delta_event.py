# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SpeechAudioDeltaEvent(BaseModel):
    """Emitted for each chunk of audio data generated during speech synthesis."""

    type: 'Literal["speech.audio.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `speech.audio.delta`."""

    audio: str = Field(default_factory=_missing)
    """A chunk of Base64-encoded audio data."""
