# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeTranslationServerEventSessionOutputAudioDelta(BaseModel):
    """Returned when translated output audio is available. The `delta` contains a
    PCM16 audio chunk whose length can vary. Clients should decode and queue the
    complete delta instead of assuming a fixed byte or sample count.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["session.output_audio.delta"]' = Field(default_factory=_missing)
    """The event type, must be `session.output_audio.delta`."""

    delta: str = Field(default_factory=_missing)
    """Base64-encoded translated audio data."""

    sample_rate: int | None = None
    """Sample rate of the audio delta."""

    channels: int | None = None
    """Number of audio channels."""

    format: Literal["pcm16"] | None = None
    """Audio encoding for `delta`."""

    elapsed_ms: int | None = None
    """Timing metadata for stream alignment, derived from the translation frame
    when available. Treat `elapsed_ms` as alignment metadata, not a unique
    event identifier.
    """
