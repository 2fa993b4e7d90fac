# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RealtimeTranslationServerEventSessionInputTranscriptDelta(BaseModel):
    """Returned when optional source-language transcript text is available. This event
    is emitted only when `audio.input.transcription` is configured.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.input_transcript.delta"]
    """The event type, must be `session.input_transcript.delta`."""

    delta: str
    """Append-only source-language transcript text."""

    elapsed_ms: int | None = None
