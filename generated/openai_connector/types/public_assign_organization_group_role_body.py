# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class PublicAssignOrganizationGroupRoleBody(BaseModel):
    """Request payload for assigning a role to a group or user."""

    role_id: str
    """Identifier of the role to assign."""


class PublicAssignOrganizationGroupRoleBodyParam(TypedDict, total=False):
    """Request payload for assigning a role to a group or user."""

    role_id: Required[str]
    """Identifier of the role to assign."""
