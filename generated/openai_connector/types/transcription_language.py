# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptionLanguage(BaseModel):
    """A language detected in transcribed audio."""

    code: str = Field(default_factory=_missing)
    """The code of a language detected in the audio."""
