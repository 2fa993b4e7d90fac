# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class SetDefaultSkillVersionBody(BaseModel):
    """Updates the default version pointer for a skill."""

    default_version: str
    """The skill version number to set as default."""


class SetDefaultSkillVersionBodyParam(TypedDict, total=False):
    """Updates the default version pointer for a skill."""

    default_version: Required[str]
    """The skill version number to set as default."""
