# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, TypeAlias

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open


class RealtimeAudioFormatsPcmAudioFormat(BaseModel):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Literal["audio/pcm"] | None = None
    """The audio format. Always `audio/pcm`."""

    rate: Literal[24000] | None = None
    """The sample rate of the audio. Always `24000`."""


class RealtimeAudioFormatsPcmaAudioFormat(BaseModel):
    """The G.711 A-law format."""

    type: Literal["audio/pcma"] | None = None
    """The audio format. Always `audio/pcma`."""


class RealtimeAudioFormatsPcmuAudioFormat(BaseModel):
    """The G.711 μ-law format."""

    type: Literal["audio/pcmu"] | None = None
    """The audio format. Always `audio/pcmu`."""


RealtimeAudioFormats: TypeAlias = Open[
    RealtimeAudioFormatsPcmAudioFormat | RealtimeAudioFormatsPcmuAudioFormat | RealtimeAudioFormatsPcmaAudioFormat
]


class RealtimeAudioFormatsPcmAudioFormatParam(TypedDict, total=False):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Literal["audio/pcm"]
    """The audio format. Always `audio/pcm`."""

    rate: Literal[24000]
    """The sample rate of the audio. Always `24000`."""


class RealtimeAudioFormatsPcmaAudioFormatParam(TypedDict, total=False):
    """The G.711 A-law format."""

    type: Literal["audio/pcma"]
    """The audio format. Always `audio/pcma`."""


class RealtimeAudioFormatsPcmuAudioFormatParam(TypedDict, total=False):
    """The G.711 μ-law format."""

    type: Literal["audio/pcmu"]
    """The audio format. Always `audio/pcmu`."""


RealtimeAudioFormatsParam: TypeAlias = (
    RealtimeAudioFormatsPcmAudioFormatParam
    | RealtimeAudioFormatsPcmuAudioFormatParam
    | RealtimeAudioFormatsPcmaAudioFormatParam
)
