# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseAudioDeltaEvent(BaseModel):
    """Emitted when there is a partial audio response."""

    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int
    """A sequence number for this chunk of the stream response."""

    delta: str
    """A chunk of Base64 encoded response audio bytes."""
