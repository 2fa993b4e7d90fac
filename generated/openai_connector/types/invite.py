# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open


class Invite(BaseModel):
    """Represents an individual `invite` to the organization."""

    object: Literal["organization.invite"]
    """The object type, which is always `organization.invite`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    email: str
    """The email address of the individual to whom the invite was sent"""

    role: Open[Literal["owner", "reader"]]
    """`owner` or `reader`"""

    status: Open[Literal["accepted", "expired", "pending"]]
    """`accepted`,`expired`, or `pending`"""

    created_at: int
    """The Unix timestamp (in seconds) of when the invite was sent."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the invite expires."""

    accepted_at: int | None = None
    """The Unix timestamp (in seconds) of when the invite was accepted."""

    projects: list[InviteProject]
    """The projects that were granted membership upon acceptance of the invite."""


class InviteProject(BaseModel):
    id: str
    """Project's public ID"""

    role: Open[Literal["member", "owner"]]
    """Project membership role"""
