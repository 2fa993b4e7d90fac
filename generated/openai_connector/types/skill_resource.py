# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class SkillResource(BaseModel):
    id: str
    """Unique identifier for the skill."""

    object: Literal["skill"]
    """The object type, which is `skill`."""

    name: str
    """Name of the skill."""

    description: str
    """Description of the skill."""

    created_at: int
    """Unix timestamp (seconds) for when the skill was created."""

    default_version: str
    """Default version for the skill."""

    latest_version: str
    """Latest version for the skill."""
