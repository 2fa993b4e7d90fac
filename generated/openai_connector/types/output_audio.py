# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class OutputAudio(BaseModel):
    """An audio output from the model."""

    type: Literal["output_audio"]
    """The type of the output audio. Always `output_audio`."""

    data: str
    """Base64-encoded audio data from the model."""

    transcript: str
    """The transcript of the audio data from the model."""
