# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class VoiceResource(BaseModel):
    """A custom voice that can be used for audio output."""

    object: Literal["audio.voice"]
    """The object type, which is always `audio.voice`."""

    id: str
    """The voice identifier, which can be referenced in API endpoints."""

    name: str
    """The name of the voice."""

    created_at: int
    """The Unix timestamp (in seconds) for when the voice was created."""
