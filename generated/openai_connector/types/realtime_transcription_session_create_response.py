# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .audio_transcription_response import AudioTranscriptionResponse


class RealtimeTranscriptionSessionCreateResponseClientSecret(BaseModel):
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    value: str = Field(default_factory=_missing)
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: int = Field(default_factory=_missing)
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """


class RealtimeTranscriptionSessionCreateResponseTurnDetection(BaseModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
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


class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret = Field(default_factory=_missing)
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    modalities: list[Open[Literal["text", "audio"]]] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    input_audio_format: str | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: AudioTranscriptionResponse | None = None
    """Configuration of the transcription model."""

    turn_detection: RealtimeTranscriptionSessionCreateResponseTurnDetection | None = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """
