# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VideoCharacterResource(BaseModel):
    id: str | None = None
    """Identifier for the character creation cameo."""

    name: str | None = None
    """Display name for the character."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the character was created."""
