# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class GroupResourceWithSuccess(BaseModel):
    """Response returned after updating a group."""

    id: str
    """Identifier for the group."""

    name: str
    """Updated display name for the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool
    """Whether the group is managed through SCIM and controlled by your identity provider."""
