# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class GroupUserDeletedResource(BaseModel):
    """Confirmation payload returned after removing a user from a group."""

    object: 'Literal["group.user.deleted"]' = Field(default_factory=_missing)
    """Always `group.user.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the group membership was removed."""
