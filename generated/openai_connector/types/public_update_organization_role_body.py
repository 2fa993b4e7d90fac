# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class PublicUpdateOrganizationRoleBody(BaseModel):
    """Request payload for updating an existing role."""

    permissions: list[str] | None = None
    """Updated set of permissions for the role."""

    description: str | None = None
    """New description for the role."""

    role_name: str | None = None
    """New name for the role."""


class PublicUpdateOrganizationRoleBodyParam(TypedDict, total=False):
    """Request payload for updating an existing role."""

    permissions: Sequence[str] | None
    """Updated set of permissions for the role."""

    description: str | None
    """New description for the role."""

    role_name: str | None
    """New name for the role."""
