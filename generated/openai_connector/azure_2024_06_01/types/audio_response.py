# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class AudioResponse(BaseModel):
    """Translation or transcription response when response_format was json"""

    text: str = Field(default_factory=_missing)
    """Translated or transcribed text."""
