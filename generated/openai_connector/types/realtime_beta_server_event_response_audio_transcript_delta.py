# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventResponseAudioTranscriptDelta(BaseModel):
    """Returned when the model-generated transcription of audio output is updated."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["response.output_audio_transcript.delta"]' = Field(default_factory=_missing)
    """The event type, must be `response.output_audio_transcript.delta`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part in the item's content array."""

    delta: str = Field(default_factory=_missing)
    """The transcript delta."""
