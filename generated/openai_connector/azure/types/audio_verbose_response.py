# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ...lib._models import BaseModel, Open
from ...lib._models import missing as _missing
from .audio_segment import AudioSegment


class AudioVerboseResponse(BaseModel):
    """Translation or transcription response when response_format was verbose_json"""

    text: str = Field(default_factory=_missing)
    """Translated or transcribed text."""

    task: Open[Literal["transcribe", "translate"]] | None = None
    """Type of audio task."""

    language: str | None = None
    """Language."""

    duration: float | None = None
    """Duration."""

    segments: list[AudioSegment] | None = None
