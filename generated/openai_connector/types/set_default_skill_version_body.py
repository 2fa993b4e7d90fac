# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SetDefaultSkillVersionBody(BaseModel):
    """Updates the default version pointer for a skill."""

    default_version: str = Field(default_factory=_missing)
    """The skill version number to set as default."""


class SetDefaultSkillVersionBodyParam(TypedDict, total=False):
    """Updates the default version pointer for a skill."""

    default_version: Required[str]
    """The skill version number to set as default."""
