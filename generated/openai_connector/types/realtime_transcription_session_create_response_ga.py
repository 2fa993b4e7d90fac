# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .audio_transcription_response import AudioTranscriptionResponse
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats


class RealtimeTranscriptionSessionCreateResponseGaNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction."""

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranscriptionSessionCreateResponseGaTurnDetection(BaseModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
    """

    type: str | None = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float | None = None
    """Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: int | None = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: int | None = None
    """Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """


class RealtimeTranscriptionSessionCreateResponseGaAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscriptionResponse | None = None
    """Configuration of the transcription model."""

    noise_reduction: RealtimeTranscriptionSessionCreateResponseGaNoiseReduction | None = None
    """Configuration for input audio noise reduction."""

    turn_detection: RealtimeTranscriptionSessionCreateResponseGaTurnDetection | None = None
    """Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported."""


class RealtimeTranscriptionSessionCreateResponseGaAudio(BaseModel):
    """Configuration for input audio for the session."""

    input: RealtimeTranscriptionSessionCreateResponseGaAudioInput | None = None


class RealtimeTranscriptionSessionCreateResponseGa(BaseModel):
    """A Realtime transcription session configuration object."""

    type: Literal["transcription"] = Field(default_factory=_missing)
    """The type of session. Always `transcription` for transcription sessions."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: str = Field(default_factory=_missing)
    """The object type. Always `realtime.transcription_session`."""

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    audio: RealtimeTranscriptionSessionCreateResponseGaAudio | None = None
    """Configuration for input audio for the session."""
