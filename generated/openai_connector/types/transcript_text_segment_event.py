# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptTextSegmentEvent(BaseModel):
    """Emitted when a diarized transcription returns a completed segment with speaker information. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with `stream` set to `true` and `response_format` set to `diarized_json`."""

    type: 'Literal["transcript.text.segment"]' = Field(default_factory=_missing)
    """The type of the event. Always `transcript.text.segment`."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the segment."""

    start: float = Field(default_factory=_missing)
    """Start timestamp of the segment in seconds."""

    end: float = Field(default_factory=_missing)
    """End timestamp of the segment in seconds."""

    text: str = Field(default_factory=_missing)
    """Transcript text for this segment."""

    speaker: str = Field(default_factory=_missing)
    """Speaker label for this segment."""
