# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class InviteProject(BaseModel):
    id: str = Field(default_factory=_missing)
    """Project's public ID"""

    role: Open[Literal["member", "owner"]] = Field(default_factory=_missing)
    """Project membership role"""


class Invite(BaseModel):
    """Represents an individual `invite` to the organization."""

    object: Literal["organization.invite"] = Field(default_factory=_missing)
    """The object type, which is always `organization.invite`"""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    email: str = Field(default_factory=_missing)
    """The email address of the individual to whom the invite was sent"""

    role: Open[Literal["owner", "reader"]] = Field(default_factory=_missing)
    """`owner` or `reader`"""

    status: Open[Literal["accepted", "expired", "pending"]] = Field(default_factory=_missing)
    """`accepted`,`expired`, or `pending`"""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the invite was sent."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the invite expires."""

    accepted_at: int | None = None
    """The Unix timestamp (in seconds) of when the invite was accepted."""

    projects: list[InviteProject] = Field(default_factory=_missing)
    """The projects that were granted membership upon acceptance of the invite."""
