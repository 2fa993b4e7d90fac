# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaLocalSkill(BaseModel):
    name: str = Field(default_factory=_missing)
    """The name of the skill."""

    description: str = Field(default_factory=_missing)
    """The description of the skill."""

    path: str = Field(default_factory=_missing)
    """The path to the directory containing the skill."""


class BetaLocalSkillParam(TypedDict, total=False):
    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    path: Required[str]
    """The path to the directory containing the skill."""
