# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class OutputAudio(BaseModel):
    """An audio output from the model."""

    type: Literal["output_audio"] = Field(default_factory=_missing)
    """The type of the output audio. Always `output_audio`."""

    data: str = Field(default_factory=_missing)
    """Base64-encoded audio data from the model."""

    transcript: str = Field(default_factory=_missing)
    """The transcript of the audio data from the model."""
