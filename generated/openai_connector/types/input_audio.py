# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class InputAudioInputAudio(BaseModel):
    data: str = Field(default_factory=_missing)
    """Base64-encoded audio data."""

    format: Open[Literal["mp3", "wav"]] = Field(default_factory=_missing)
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """


class InputAudio(BaseModel):
    """An audio input to the model."""

    type: 'Literal["input_audio"]' = Field(default_factory=_missing)
    """The type of the input item. Always `input_audio`."""

    input_audio: InputAudioInputAudio = Field(default_factory=_missing)


class InputAudioInputAudioParam(TypedDict, total=False):
    data: Required[str]
    """Base64-encoded audio data."""

    format: Required[Literal["mp3", "wav"]]
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """


class InputAudioParam(TypedDict, total=False):
    """An audio input to the model."""

    type: Required[Literal["input_audio"]]
    """The type of the input item. Always `input_audio`."""

    input_audio: Required[InputAudioInputAudioParam]
