# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .noise_reduction_type import NoiseReductionType


class RealtimeTranslationSessionCreateRequestNoiseReduction(BaseModel):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: NoiseReductionType = Field(default_factory=_missing)
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranslationSessionCreateRequestTranscription(BaseModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    model: str = Field(default_factory=_missing)
    """The transcription model to use for source transcript deltas."""


class RealtimeTranslationSessionCreateRequestAudioInput(BaseModel):
    transcription: RealtimeTranslationSessionCreateRequestTranscription | None = None
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    noise_reduction: RealtimeTranslationSessionCreateRequestNoiseReduction | None = None
    """Optional input noise reduction. Set to `null` to disable it."""


class RealtimeTranslationSessionCreateRequestAudioOutput(BaseModel):
    language: str | None = None
    """Target language for translated output audio and transcript deltas."""


class RealtimeTranslationSessionCreateRequestAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionCreateRequestAudioInput | None = None

    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None


class RealtimeTranslationSessionCreateRequest(BaseModel):
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """

    model: str = Field(default_factory=_missing)
    """The Realtime translation model used for this session."""

    audio: RealtimeTranslationSessionCreateRequestAudio | None = None
    """Configuration for translation input and output audio."""


class RealtimeTranslationSessionCreateRequestNoiseReductionParam(TypedDict, total=False):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: Required[NoiseReductionType]
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranslationSessionCreateRequestTranscriptionParam(TypedDict, total=False):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    model: Required[str]
    """The transcription model to use for source transcript deltas."""


class RealtimeTranslationSessionCreateRequestAudioInputParam(TypedDict, total=False):
    transcription: RealtimeTranslationSessionCreateRequestTranscriptionParam | None
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    noise_reduction: RealtimeTranslationSessionCreateRequestNoiseReductionParam | None
    """Optional input noise reduction. Set to `null` to disable it."""


class RealtimeTranslationSessionCreateRequestAudioOutputParam(TypedDict, total=False):
    language: str
    """Target language for translated output audio and transcript deltas."""


class RealtimeTranslationSessionCreateRequestAudioParam(TypedDict, total=False):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionCreateRequestAudioInputParam

    output: RealtimeTranslationSessionCreateRequestAudioOutputParam


class RealtimeTranslationSessionCreateRequestParam(TypedDict, total=False):
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """

    model: Required[str]
    """The Realtime translation model used for this session."""

    audio: RealtimeTranslationSessionCreateRequestAudioParam
    """Configuration for translation input and output audio."""
