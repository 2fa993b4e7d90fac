# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ProjectApiKeyOwnerServiceAccount(BaseModel):
    """The service account that owns a project API key."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the service account."""

    created_at: int
    """The Unix timestamp (in seconds) of when the service account was created."""

    role: str
    """The service account's project role."""
