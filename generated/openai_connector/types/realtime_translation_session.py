# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .noise_reduction_type import NoiseReductionType


class RealtimeTranslationSessionAudioInputNoiseReduction(BaseModel):
    """Optional input noise reduction."""

    type: NoiseReductionType = Field(default_factory=_missing)
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranslationSessionAudioInputTranscription(BaseModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    model: str = Field(default_factory=_missing)
    """The transcription model used for source transcript deltas."""


class RealtimeTranslationSessionAudioInput(BaseModel):
    transcription: RealtimeTranslationSessionAudioInputTranscription | None = None
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    noise_reduction: RealtimeTranslationSessionAudioInputNoiseReduction | None = None
    """Optional input noise reduction."""


class RealtimeTranslationSessionAudioOutput(BaseModel):
    language: str | None = None
    """Target language for translated output audio and transcript deltas."""


class RealtimeTranslationSessionAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionAudioInput | None = None

    output: RealtimeTranslationSessionAudioOutput | None = None


class RealtimeTranslationSession(BaseModel):
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
    """

    id: str = Field(default_factory=_missing)
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    type: Literal["translation"] = Field(default_factory=_missing)
    """The session type. Always `translation` for Realtime translation sessions."""

    expires_at: int = Field(default_factory=_missing)
    """Expiration timestamp for the session, in seconds since epoch."""

    model: str = Field(default_factory=_missing)
    """The Realtime translation model used for this session. This field is set at
    session creation and cannot be changed with `session.update`.
    """

    audio: RealtimeTranslationSessionAudio = Field(default_factory=_missing)
    """Configuration for translation input and output audio."""
