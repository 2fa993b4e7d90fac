# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeTranslationServerEventSessionOutputTranscriptDelta(BaseModel):
    """Returned when translated transcript text is available.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["session.output_transcript.delta"]' = Field(default_factory=_missing)
    """The event type, must be `session.output_transcript.delta`."""

    delta: str = Field(default_factory=_missing)
    """Append-only transcript text for the translated output audio."""

    elapsed_ms: int | None = None
    """Timing metadata for stream alignment, derived from the translation frame
    when available. It advances in 200 ms increments, but multiple transcript
    deltas may share the same `elapsed_ms`. Treat it as alignment metadata,
    not a unique transcript-delta identifier.
    """
