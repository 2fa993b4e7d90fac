# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class DeletedRoleAssignmentResource(BaseModel):
    """Confirmation payload returned after unassigning a role."""

    object: str
    """Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`."""

    deleted: bool
    """Whether the assignment was removed."""
