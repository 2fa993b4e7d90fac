# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class TranscriptionWord(BaseModel):
    word: str
    """The text content of the word."""

    start: float
    """Start time of the word in seconds."""

    end: float
    """End time of the word in seconds."""
