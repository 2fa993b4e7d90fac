# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SkillVersion(BaseModel):
    object: 'Literal["skill.version"]' = Field(default_factory=_missing)
    """The object type, which is `skill.version`."""

    id: str = Field(default_factory=_missing)
    """Unique identifier for the skill version."""

    skill_id: str = Field(default_factory=_missing)
    """Identifier of the skill for this version."""

    version: str = Field(default_factory=_missing)
    """Version number for this skill."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (seconds) for when the version was created."""

    name: str = Field(default_factory=_missing)
    """Name of the skill version."""

    description: str = Field(default_factory=_missing)
    """Description of the skill version."""
