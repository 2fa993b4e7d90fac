# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class SpeechAudioDoneEvent(BaseModel):
    """Emitted when the speech synthesis is complete and all audio has been streamed."""

    type: Literal["speech.audio.done"]
    """The type of the event. Always `speech.audio.done`."""

    usage: SpeechAudioDoneEventUsage
    """Token usage statistics for the request."""


class SpeechAudioDoneEventUsage(BaseModel):
    """Token usage statistics for the request."""

    input_tokens: int
    """Number of input tokens in the prompt."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""
