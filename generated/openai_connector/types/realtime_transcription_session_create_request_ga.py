# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .audio_transcription import AudioTranscription, AudioTranscriptionParam
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats, RealtimeAudioFormatsParam
from .realtime_turn_detection import RealtimeTurnDetection, RealtimeTurnDetectionParam


class RealtimeTranscriptionSessionGaNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranscriptionSessionCreateRequestGaAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscription | None = None
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: RealtimeTranscriptionSessionGaNoiseReduction | None = None
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetection | None = None
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

    Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

    Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

    For `gpt-realtime-whisper` transcription sessions, turn detection must be
    set to `null`; VAD is not supported.
    """


class RealtimeTranscriptionSessionCreateRequestGaAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeTranscriptionSessionCreateRequestGaAudioInput | None = None


class RealtimeTranscriptionSessionCreateRequestGa(BaseModel):
    """Realtime transcription session object configuration."""

    type: Literal["transcription"] = Field(default_factory=_missing)
    """The type of session to create. Always `transcription` for transcription sessions."""

    audio: RealtimeTranscriptionSessionCreateRequestGaAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """


class RealtimeTranscriptionSessionGaNoiseReductionParam(TypedDict, total=False):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType
    """Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones."""


class RealtimeTranscriptionSessionCreateRequestGaAudioInputParam(TypedDict, total=False):
    format: RealtimeAudioFormatsParam

    transcription: AudioTranscriptionParam
    """Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service."""

    noise_reduction: RealtimeTranscriptionSessionGaNoiseReductionParam
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    """

    turn_detection: RealtimeTurnDetectionParam
    """Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

    Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

    Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

    For `gpt-realtime-whisper` transcription sessions, turn detection must be
    set to `null`; VAD is not supported.
    """


class RealtimeTranscriptionSessionCreateRequestGaAudioParam(TypedDict, total=False):
    """Configuration for input and output audio."""

    input: RealtimeTranscriptionSessionCreateRequestGaAudioInputParam


class RealtimeTranscriptionSessionCreateRequestGaParam(TypedDict, total=False):
    """Realtime transcription session object configuration."""

    type: Required[Literal["transcription"]]
    """The type of session to create. Always `transcription` for transcription sessions."""

    audio: RealtimeTranscriptionSessionCreateRequestGaAudioParam
    """Configuration for input and output audio."""

    include: Sequence[Literal["item.input_audio_transcription.logprobs"]]
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """
