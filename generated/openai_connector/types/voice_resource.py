# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VoiceResource(BaseModel):
    """A custom voice that can be used for audio output."""

    object: Literal["audio.voice"] = Field(default_factory=_missing)
    """The object type, which is always `audio.voice`."""

    id: str = Field(default_factory=_missing)
    """The voice identifier, which can be referenced in API endpoints."""

    name: str = Field(default_factory=_missing)
    """The name of the voice."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the voice was created."""
