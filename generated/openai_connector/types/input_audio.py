# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open


class InputAudio(BaseModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: InputAudioInputAudio


class InputAudioParam(TypedDict, total=False):
    """An audio input to the model."""

    type: Required[Literal["input_audio"]]
    """The type of the input item. Always `input_audio`."""

    input_audio: Required[InputAudioInputAudioParam]


class InputAudioInputAudio(BaseModel):
    data: str
    """Base64-encoded audio data."""

    format: Open[Literal["mp3", "wav"]]
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """


class InputAudioInputAudioParam(TypedDict, total=False):
    data: Required[str]
    """Base64-encoded audio data."""

    format: Required[Literal["mp3", "wav"]]
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """
