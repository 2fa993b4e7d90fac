# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .admin_api_key import AdminApiKeyOwner


class AdminApiKeyCreateResponse(BaseModel):
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

    value: str
    """The value of the API key. Only shown on create."""
