# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord


class TranscriptionVerbose(BaseModel):
    """Represents a verbose json transcription response returned by model, based on the provided input."""

    language: str = Field(default_factory=_missing)
    """The language of the input audio."""

    duration: float = Field(default_factory=_missing)
    """The duration of the input audio."""

    text: str = Field(default_factory=_missing)
    """The transcribed text."""

    words: list[TranscriptionWord] | None = None
    """Extracted words and their corresponding timestamps."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the transcribed text and their corresponding details."""

    usage: TranscriptTextUsageDuration | None = None
    """Usage statistics for models billed by audio input duration."""
