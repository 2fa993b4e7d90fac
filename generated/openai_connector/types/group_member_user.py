# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open


class GroupMemberUser(BaseModel):
    """Details about a user returned from an organization group membership lookup."""

    id: str
    """Identifier for the user."""

    name: str
    """Display name of the user."""

    email: str | None = None
    """Email address of the user, or `null` for users without an email."""

    picture: str | None = None
    """URL of the user's profile picture, if available."""

    is_service_account: bool | None = None
    """Whether the user is a service account."""

    user_type: Open[Literal["user", "tenant_user"]]
    """The type of user."""
