# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .transcription_segment import TranscriptionSegment


class TranslationVerbose(BaseModel):
    language: str = Field(default_factory=_missing)
    """The language of the output translation (always `english`)."""

    duration: float = Field(default_factory=_missing)
    """The duration of the input audio."""

    text: str = Field(default_factory=_missing)
    """The translated text."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the translated text and their corresponding details."""
