# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class PublicCreateOrganizationRoleBody(BaseModel):
    """Request payload for creating a custom role."""

    role_name: str = Field(default_factory=_missing)
    """Unique name for the role."""

    permissions: list[str] = Field(default_factory=_missing)
    """Permissions to grant to the role."""

    description: str | None = None
    """Optional description of the role."""


class PublicCreateOrganizationRoleBodyParam(TypedDict, total=False):
    """Request payload for creating a custom role."""

    role_name: Required[str]
    """Unique name for the role."""

    permissions: Required[Sequence[str]]
    """Permissions to grant to the role."""

    description: str | None
    """Optional description of the role."""
