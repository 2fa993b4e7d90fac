# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class OrganizationUserProjectsDataItem(BaseModel):
    id: str | None = None

    name: str | None = None

    role: str | None = None


class OrganizationUserProjects(BaseModel):
    object: Literal["list"] = Field(default_factory=_missing)

    data: list[OrganizationUserProjectsDataItem] = Field(default_factory=_missing)


class OrganizationUserUser(BaseModel):
    """Nested user details."""

    object: Literal["user"] = Field(default_factory=_missing)

    id: str = Field(default_factory=_missing)

    email: str | None = None

    name: str | None = None

    picture: str | None = None

    enabled: bool | None = None

    banned: bool | None = None

    banned_at: int | None = None


class OrganizationUser(BaseModel):
    """Represents an individual `user` within an organization."""

    object: 'Literal["organization.user"]' = Field(default_factory=_missing)
    """The object type, which is always `organization.user`"""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the user"""

    email: str | None = None
    """The email address of the user"""

    role: str | None = None
    """`owner` or `reader`"""

    added_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the user was added."""

    is_default: bool | None = None
    """Whether this is the organization's default user."""

    created: int | None = None
    """The Unix timestamp (in seconds) of when the user was created."""

    user: OrganizationUserUser | None = None
    """Nested user details."""

    is_service_account: bool | None = None
    """Whether the user is a service account."""

    is_scale_tier_authorized_purchaser: bool | None = None
    """Whether the user is an authorized purchaser for Scale Tier."""

    is_scim_managed: bool | None = None
    """Whether the user is managed through SCIM."""

    api_key_last_used_at: int | None = None
    """The Unix timestamp (in seconds) of the user's last API key usage."""

    technical_level: str | None = None
    """The technical level metadata for the user."""

    developer_persona: str | None = None
    """The developer persona metadata for the user."""

    projects: OrganizationUserProjects | None = None
    """Projects associated with the user, if included."""
