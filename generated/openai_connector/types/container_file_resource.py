# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class ContainerFileResource(BaseModel):
    """The container file object"""

    id: str
    """Unique identifier for the file."""

    object: str
    """The type of this object (`container.file`)."""

    container_id: str
    """The container this file belongs to."""

    created_at: int
    """Unix timestamp (in seconds) when the file was created."""

    bytes: int
    """Size of the file in bytes."""

    path: str
    """Path of the file in the container."""

    source: str
    """Source of the file (e.g., `user`, `assistant`)."""
