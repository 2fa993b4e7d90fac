# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptionSegment(BaseModel):
    id: int = Field(default_factory=_missing)
    """Unique identifier of the segment."""

    seek: int = Field(default_factory=_missing)
    """Seek offset of the segment."""

    start: float = Field(default_factory=_missing)
    """Start time of the segment in seconds."""

    end: float = Field(default_factory=_missing)
    """End time of the segment in seconds."""

    text: str = Field(default_factory=_missing)
    """Text content of the segment."""

    tokens: list[int] = Field(default_factory=_missing)
    """Array of token IDs for the text content."""

    temperature: float = Field(default_factory=_missing)
    """Temperature parameter used for generating the segment."""

    avg_logprob: float = Field(default_factory=_missing)
    """Average logprob of the segment. If the value is lower than -1, consider the logprobs failed."""

    compression_ratio: float = Field(default_factory=_missing)
    """Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed."""

    no_speech_prob: float = Field(default_factory=_missing)
    """Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1, consider this segment silent."""
