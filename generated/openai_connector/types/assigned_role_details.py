# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any

from ..lib._models import BaseModel


class AssignedRoleDetails(BaseModel):
    """Detailed information about a role assignment entry returned when listing assignments."""

    id: str
    """Identifier for the role."""

    name: str
    """Name of the role."""

    permissions: list[str]
    """Permissions associated with the role."""

    resource_type: str
    """Resource type the role applies to."""

    predefined_role: bool
    """Whether the role is predefined by OpenAI."""

    description: str | None = None
    """Description of the role."""

    created_at: int | None = None
    """When the role was created."""

    updated_at: int | None = None
    """When the role was last updated."""

    created_by: str | None = None
    """Identifier of the actor who created the role."""

    created_by_user_obj: dict[str, Any] | None = None
    """User details for the actor that created the role, when available."""

    metadata: dict[str, Any] | None = None
    """Arbitrary metadata stored on the role."""

    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesListItem] | None = None
    """Principals from which the role assignment is inherited, when available."""


class AssignedRoleDetailsAssignmentSourcesListItem(BaseModel):
    principal_id: str

    principal_type: str
