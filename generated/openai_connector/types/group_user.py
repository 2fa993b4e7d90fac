# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class GroupUser(BaseModel):
    """Represents an individual user returned when inspecting group membership."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the user."""

    email: str | None = None
    """The email address of the user."""
