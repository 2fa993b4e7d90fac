# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_language import TranscriptionLanguage


class TranscriptTextDoneEventLogprob(BaseModel):
    token: str | None = None
    """The token that was used to generate the log probability."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[int] | None = None
    """The bytes that were used to generate the log probability."""


class TranscriptTextDoneEvent(BaseModel):
    """Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`."""

    type: 'Literal["transcript.text.done"]' = Field(default_factory=_missing)
    """The type of the event. Always `transcript.text.done`."""

    text: str = Field(default_factory=_missing)
    """The text that was transcribed."""

    languages: list[TranscriptionLanguage] | None = None
    """The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected."""

    logprobs: list[TranscriptTextDoneEventLogprob] | None = None
    """The log probabilities of the individual tokens in the transcription. Only included if you [create a transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`."""

    usage: TranscriptTextUsageTokens | None = None
    """Usage statistics for models billed by token usage."""
