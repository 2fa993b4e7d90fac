# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptionDiarizedSegment(BaseModel):
    """A segment of diarized transcript text with speaker metadata."""

    type: 'Literal["transcript.text.segment"]' = Field(default_factory=_missing)
    """The type of the segment. Always `transcript.text.segment`."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the segment."""

    start: float = Field(default_factory=_missing)
    """Start timestamp of the segment in seconds."""

    end: float = Field(default_factory=_missing)
    """End timestamp of the segment in seconds."""

    text: str = Field(default_factory=_missing)
    """Transcript text for this segment."""

    speaker: str = Field(default_factory=_missing)
    """Speaker label for this segment. When known speakers are provided, the label matches `known_speaker_names[]`. Otherwise speakers are labeled sequentially using capital letters (`A`, `B`, ...)."""
