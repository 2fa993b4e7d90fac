# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class VideoCharacterResource(BaseModel):
    id: str | None = None

    name: str | None = None

    created_at: int
    """Unix timestamp (in seconds) when the character was created."""
