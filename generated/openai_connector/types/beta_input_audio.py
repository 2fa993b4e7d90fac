# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class BetaInputAudioInputAudio(BaseModel):
    data: str = Field(default_factory=_missing)
    """Base64-encoded audio data."""

    format: Open[Literal["mp3", "wav"]] = Field(default_factory=_missing)
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """


class BetaInputAudio(BaseModel):
    """An audio input to the model."""

    type: 'Literal["input_audio"]' = Field(default_factory=_missing)
    """The type of the input item. Always `input_audio`."""

    input_audio: BetaInputAudioInputAudio = Field(default_factory=_missing)
