# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open


class ProjectGroup(BaseModel):
    """Details about a group's membership in a project."""

    object: Literal["project.group"]
    """Always `project.group`."""

    project_id: str
    """Identifier of the project."""

    group_id: str
    """Identifier of the group that has access to the project."""

    group_name: str
    """Display name of the group."""

    group_type: Open[Literal["group", "tenant_group"]]
    """The type of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was granted project access."""
