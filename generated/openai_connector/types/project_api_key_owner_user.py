# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ProjectApiKeyOwnerUser(BaseModel):
    """The user that owns a project API key."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    email: str
    """The email address of the user."""

    name: str
    """The name of the user."""

    created_at: int
    """The Unix timestamp (in seconds) of when the user was created."""

    role: str
    """The user's project role."""
