# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptTextDeltaEventLogprob(BaseModel):
    token: str | None = None
    """The token that was used to generate the log probability."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[int] | None = None
    """The bytes that were used to generate the log probability."""


class TranscriptTextDeltaEvent(BaseModel):
    """Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`."""

    type: 'Literal["transcript.text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `transcript.text.delta`."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was additionally transcribed."""

    logprobs: list[TranscriptTextDeltaEventLogprob] | None = None
    """The log probabilities of the delta. Only included if you [create a transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`."""

    segment_id: str | None = None
    """Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-diarize`."""
