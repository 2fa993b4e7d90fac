# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .local_skill_param import LocalSkill, LocalSkillParam


class LocalEnvironment(BaseModel):
    type: Literal["local"] = Field(default_factory=_missing)
    """Use a local computer environment."""

    skills: list[LocalSkill] | None = None
    """An optional list of skills."""


class LocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""

    skills: Sequence[LocalSkillParam]
    """An optional list of skills."""
