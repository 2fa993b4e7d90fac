# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ProjectModelPermissionsDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting project model permissions."""

    object: Literal["project.model_permissions.deleted"]
    """The object type, which is always `project.model_permissions.deleted`."""

    deleted: bool
    """Whether the project model permissions were deleted."""
