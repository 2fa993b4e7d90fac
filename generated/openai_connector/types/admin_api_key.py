# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class AdminApiKey(BaseModel):
    """Represents an individual Admin API key in an org."""

    object: Literal["organization.admin_api_key"]
    """The object type, which is always `organization.admin_api_key`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the API key"""

    redacted_value: str
    """The redacted value of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    expires_at: int | None = None

    last_used_at: int | None = None

    owner: AdminApiKeyOwner


class AdminApiKeyOwner(BaseModel):
    type: str | None = None
    """Always `user`"""

    object: str | None = None
    """The object type, which is always organization.user"""

    id: str | None = None
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the user"""

    created_at: int | None = None
    """The Unix timestamp (in seconds) of when the user was created"""

    role: str | None = None
    """Always `owner`"""
