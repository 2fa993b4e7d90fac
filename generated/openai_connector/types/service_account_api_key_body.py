# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ServiceAccountApiKeyBody(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str
    """The unredacted API key value."""

    name: str
    """The name of the API key."""

    created_at: int
    """The Unix timestamp (in seconds) when the API key was created."""

    id: str
    """The identifier of the API key."""
