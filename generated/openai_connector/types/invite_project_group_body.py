# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class InviteProjectGroupBody(BaseModel):
    """Request payload for granting a group access to a project."""

    group_id: str = Field(default_factory=_missing)
    """Identifier of the group to add to the project."""

    role: str = Field(default_factory=_missing)
    """Identifier of the project role to grant to the group."""


class InviteProjectGroupBodyParam(TypedDict, total=False):
    """Request payload for granting a group access to a project."""

    group_id: Required[str]
    """Identifier of the group to add to the project."""

    role: Required[str]
    """Identifier of the project role to grant to the group."""
