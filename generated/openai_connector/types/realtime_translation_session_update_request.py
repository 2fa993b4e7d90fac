# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .noise_reduction_type import NoiseReductionType


class RealtimeTranslationSessionUpdateRequestInputNoiseReduction(BaseModel):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: NoiseReductionType = Field(default_factory=_missing)
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranslationSessionUpdateRequestInputTranscription(BaseModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    model: str = Field(default_factory=_missing)
    """The transcription model to use for source transcript deltas."""


class RealtimeTranslationSessionUpdateRequestAudioInput(BaseModel):
    transcription: RealtimeTranslationSessionUpdateRequestInputTranscription | None = None
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    noise_reduction: RealtimeTranslationSessionUpdateRequestInputNoiseReduction | None = None
    """Optional input noise reduction. Set to `null` to disable it."""


class RealtimeTranslationSessionUpdateRequestAudioOutput(BaseModel):
    language: str | None = None
    """Target language for translated output audio and transcript deltas."""


class RealtimeTranslationSessionUpdateRequestAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionUpdateRequestAudioInput | None = None

    output: RealtimeTranslationSessionUpdateRequestAudioOutput | None = None


class RealtimeTranslationSessionUpdateRequest(BaseModel):
    """Realtime translation session fields that can be updated with `session.update`."""

    audio: RealtimeTranslationSessionUpdateRequestAudio | None = None
    """Configuration for translation input and output audio."""
