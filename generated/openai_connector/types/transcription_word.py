# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptionWord(BaseModel):
    word: str = Field(default_factory=_missing)
    """The text content of the word."""

    start: float = Field(default_factory=_missing)
    """Start time of the word in seconds."""

    end: float = Field(default_factory=_missing)
    """End time of the word in seconds."""
