# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_diarized_segment import TranscriptionDiarizedSegment


class CreateTranscriptionResponseDiarizedJson(BaseModel):
    """Represents a diarized transcription response returned by the model, including the combined transcript and speaker-segment annotations."""

    task: Literal["transcribe"] = Field(default_factory=_missing)
    """The type of task that was run. Always `transcribe`."""

    duration: float = Field(default_factory=_missing)
    """Duration of the input audio in seconds."""

    text: str = Field(default_factory=_missing)
    """The concatenated transcript text for the entire audio input."""

    segments: list[TranscriptionDiarizedSegment] = Field(default_factory=_missing)
    """Segments of the transcript annotated with timestamps and speaker labels."""

    usage: 'Open[Annotated[Annotated[TranscriptTextUsageTokens, Tag("tokens")] | Annotated[TranscriptTextUsageDuration, Tag("duration")], Discriminator(tag_of("type"))]] | None' = None
    """Token or duration usage statistics for the request."""
