# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaLocalSkillParam(BaseModel):
    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    path: str
    """The path to the directory containing the skill."""


class BetaLocalSkillParamParam(TypedDict, total=False):
    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    path: Required[str]
    """The path to the directory containing the skill."""
