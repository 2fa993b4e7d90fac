# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class SkillVersionResource(BaseModel):
    object: Literal["skill.version"]
    """The object type, which is `skill.version`."""

    id: str
    """Unique identifier for the skill version."""

    skill_id: str
    """Identifier of the skill for this version."""

    version: str
    """Version number for this skill."""

    created_at: int
    """Unix timestamp (seconds) for when the version was created."""

    name: str
    """Name of the skill version."""

    description: str
    """Description of the skill version."""
