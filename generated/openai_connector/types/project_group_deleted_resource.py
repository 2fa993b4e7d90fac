# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ProjectGroupDeletedResource(BaseModel):
    """Confirmation payload returned after removing a group from a project."""

    object: Literal["project.group.deleted"]
    """Always `project.group.deleted`."""

    deleted: bool
    """Whether the group membership in the project was removed."""
