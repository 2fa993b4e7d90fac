# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open
from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
from .project_api_key_owner_user import ProjectApiKeyOwnerUser


class ProjectApiKey(BaseModel):
    """Represents an individual API key in a project."""

    object: Literal["organization.project.api_key"]
    """The object type, which is always `organization.project.api_key`"""

    redacted_value: str
    """The redacted value of the API key"""

    name: str
    """The name of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    last_used_at: int | None = None
    """The Unix timestamp (in seconds) of when the API key was last used."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    owner_project_access: Open[Literal["active", "inactive"]]
    """Whether the API key's owner currently has effective access to the project."""

    owner: ProjectApiKeyOwner


class ProjectApiKeyOwner(BaseModel):
    type: Open[Literal["user", "service_account"]] | None = None
    """`user` or `service_account`"""

    user: ProjectApiKeyOwnerUser | None = None
    """The user that owns a project API key."""

    service_account: ProjectApiKeyOwnerServiceAccount | None = None
    """The service account that owns a project API key."""
