# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit


from ...lib._models import BaseModel


class AudioSegment(BaseModel):
    """Transcription or translation segment."""

    id: int | None = None
    """Segment identifier."""

    seek: float | None = None
    """Offset of the segment."""

    start: float | None = None
    """Segment start offset."""

    end: float | None = None
    """Segment end offset."""

    text: str | None = None
    """Segment text."""

    tokens: list[float] | None = None
    """Tokens of the text."""

    temperature: float | None = None
    """Temperature."""

    avg_logprob: float | None = None
    """Average log probability."""

    compression_ratio: float | None = None
    """Compression ratio."""

    no_speech_prob: float | None = None
    """Probability of 'no speech'."""
