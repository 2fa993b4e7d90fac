# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .public_project_residency import PublicProjectResidency


class Project(BaseModel):
    """Represents an individual project."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    object: Literal["organization.project"]
    """The object type, which is always `organization.project`"""

    name: str | None = None
    """The name of the project. This appears in reporting."""

    created_at: int
    """The Unix timestamp (in seconds) of when the project was created."""

    archived_at: int | None = None

    status: str | None = None
    """`active` or `archived`"""

    external_key_id: str | None = None
    """The external key associated with the project."""

    residency: PublicProjectResidency | None = None
    """The residency configuration for the project."""
