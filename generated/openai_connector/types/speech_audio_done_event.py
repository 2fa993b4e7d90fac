# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SpeechAudioDoneEventUsage(BaseModel):
    """Token usage statistics for the request."""

    input_tokens: int = Field(default_factory=_missing)
    """Number of input tokens in the prompt."""

    output_tokens: int = Field(default_factory=_missing)
    """Number of output tokens generated."""

    total_tokens: int = Field(default_factory=_missing)
    """Total number of tokens used (input + output)."""


class SpeechAudioDoneEvent(BaseModel):
    """Emitted when the speech synthesis is complete and all audio has been streamed."""

    type: Literal["speech.audio.done"] = Field(default_factory=_missing)
    """The type of the event. Always `speech.audio.done`."""

    usage: SpeechAudioDoneEventUsage = Field(default_factory=_missing)
    """Token usage statistics for the request."""
