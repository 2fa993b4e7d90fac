# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .local_skill_param import LocalSkillParam, LocalSkillParamParam


class LocalEnvironmentParam(BaseModel):
    type: Literal["local"] = Field(default_factory=_missing)
    """Use a local computer environment."""

    skills: list[LocalSkillParam] | None = None
    """An optional list of skills."""


class LocalEnvironmentParamParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""

    skills: Sequence[LocalSkillParamParam]
    """An optional list of skills."""
