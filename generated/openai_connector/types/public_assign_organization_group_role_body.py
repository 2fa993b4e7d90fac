# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class PublicAssignOrganizationGroupRoleBody(BaseModel):
    """Request payload for assigning a role to a group or user."""

    role_id: str = Field(default_factory=_missing)
    """Identifier of the role to assign."""


class PublicAssignOrganizationGroupRoleBodyParam(TypedDict, total=False):
    """Request payload for assigning a role to a group or user."""

    role_id: Required[str]
    """Identifier of the role to assign."""
