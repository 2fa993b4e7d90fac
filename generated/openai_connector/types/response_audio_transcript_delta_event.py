# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """Emitted when there is a partial transcript of audio."""

    type: 'Literal["response.audio.transcript.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.transcript.delta`."""

    delta: str = Field(default_factory=_missing)
    """The partial transcript of the audio response."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
