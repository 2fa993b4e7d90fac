# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from ..lib._models import BaseModel, Open


class AudioTranscriptionResponse(BaseModel):
    model: (
        Open[
            str
            | Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-live-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            ]
        ]
        | None
    ) = None
    """The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`."""

    language: str | None = None
    """The language of the input audio."""

    languages: list[str] | None = None
    """The possible input audio languages configured for transcription, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format."""

    prompt: str | None = None
    """The prompt configured for input audio transcription, when present."""
