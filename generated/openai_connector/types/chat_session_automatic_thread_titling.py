# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ChatSessionAutomaticThreadTitling(BaseModel):
    """Automatic thread title preferences for the session."""

    enabled: bool
    """Whether automatic thread titling is enabled."""
