# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Skill(BaseModel):
    id: str = Field(default_factory=_missing)
    """Unique identifier for the skill."""

    object: Literal["skill"] = Field(default_factory=_missing)
    """The object type, which is `skill`."""

    name: str = Field(default_factory=_missing)
    """Name of the skill."""

    description: str = Field(default_factory=_missing)
    """Description of the skill."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (seconds) for when the skill was created."""

    default_version: str = Field(default_factory=_missing)
    """Default version for the skill."""

    latest_version: str = Field(default_factory=_missing)
    """Latest version for the skill."""
