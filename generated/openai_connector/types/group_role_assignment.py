# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .group import Group
from .role import Role


class GroupRoleAssignment(BaseModel):
    """Role assignment linking a group to a role."""

    object: Literal["group.role"]
    """Always `group.role`."""

    group: Group
    """Summary information about a group returned in role assignment responses."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
