# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .group import Group
from .role import Role


class GroupRoleAssignment(BaseModel):
    """Role assignment linking a group to a role."""

    object: 'Literal["group.role"]' = Field(default_factory=_missing)
    """Always `group.role`."""

    group: Group = Field(default_factory=_missing)
    """Summary information about a group returned in role assignment responses."""

    role: Role = Field(default_factory=_missing)
    """Details about a role that can be assigned through the public Roles API."""
