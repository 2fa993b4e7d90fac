# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_local_skill_param import BetaLocalSkill, BetaLocalSkillParam


class BetaLocalEnvironment(BaseModel):
    type: Literal["local"] = Field(default_factory=_missing)
    """Use a local computer environment."""

    skills: list[BetaLocalSkill] | None = None
    """An optional list of skills."""


class BetaLocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""

    skills: Sequence[BetaLocalSkillParam]
    """An optional list of skills."""
