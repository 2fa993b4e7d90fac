# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .organization_user import OrganizationUser
from .role import Role


class UserRoleAssignment(BaseModel):
    """Role assignment linking a user to a role."""

    object: 'Literal["user.role"]' = Field(default_factory=_missing)
    """Always `user.role`."""

    user: OrganizationUser = Field(default_factory=_missing)
    """Represents an individual `user` within an organization."""

    role: Role = Field(default_factory=_missing)
    """Details about a role that can be assigned through the public Roles API."""
