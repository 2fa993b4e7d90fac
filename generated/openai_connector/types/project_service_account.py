# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open


class ProjectServiceAccount(BaseModel):
    """Represents an individual service account in a project."""

    object: Literal["organization.project.service_account"]
    """The object type, which is always `organization.project.service_account`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the service account"""

    role: Open[Literal["owner", "member", "none"]]
    """`owner`, `member`, or `none`"""

    created_at: int
    """The Unix timestamp (in seconds) of when the service account was created"""
