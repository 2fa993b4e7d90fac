# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseAudioDoneEvent(BaseModel):
    """Emitted when the audio response is complete."""

    type: Literal["response.audio.done"]
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int
    """The sequence number of the delta."""
