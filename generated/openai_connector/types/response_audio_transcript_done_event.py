# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseAudioTranscriptDoneEvent(BaseModel):
    """Emitted when the full audio transcript is completed."""

    type: Literal["response.audio.transcript.done"]
    """The type of the event. Always `response.audio.transcript.done`."""

    sequence_number: int
    """The sequence number of this event."""
