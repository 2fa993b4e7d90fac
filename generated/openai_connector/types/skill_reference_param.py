# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SkillReference(BaseModel):
    type: Literal["skill_reference"] = Field(default_factory=_missing)
    """References a skill created with the /v1/skills endpoint."""

    skill_id: str = Field(default_factory=_missing)
    """The ID of the referenced skill."""

    version: str | None = None
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""


class SkillReferenceParam(TypedDict, total=False):
    type: Required[Literal["skill_reference"]]
    """References a skill created with the /v1/skills endpoint."""

    skill_id: Required[str]
    """The ID of the referenced skill."""

    version: str
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
