# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class DeletedSkillVersionResource(BaseModel):
    object: Literal["skill.version.deleted"]

    deleted: bool

    id: str

    version: str
    """The deleted skill version."""
