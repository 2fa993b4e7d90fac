# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_language import TranscriptionLanguage


class TranscriptionLogprob(BaseModel):
    token: str | None = None
    """The token in the transcription."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[float] | None = None
    """The bytes of the token."""


class Transcription(BaseModel):
    """Represents a transcription response returned by model, based on the provided input."""

    text: str = Field(default_factory=_missing)
    """The transcribed text."""

    languages: list[TranscriptionLanguage] | None = None
    """The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected."""

    logprobs: list[TranscriptionLogprob] | None = None
    """The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array."""

    usage: (
        Open[
            Annotated[
                Annotated[TranscriptTextUsageTokens, Tag("tokens")]
                | Annotated[TranscriptTextUsageDuration, Tag("duration")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """Token usage statistics for the request."""
