# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RoleDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a role."""

    object: Literal["role.deleted"]
    """Always `role.deleted`."""

    id: str
    """Identifier of the deleted role."""

    deleted: bool
    """Whether the role was deleted."""
