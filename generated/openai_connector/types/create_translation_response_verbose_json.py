# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .transcription_segment import TranscriptionSegment


class CreateTranslationResponseVerboseJson(BaseModel):
    language: str
    """The language of the output translation (always `english`)."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The translated text."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the translated text and their corresponding details."""
