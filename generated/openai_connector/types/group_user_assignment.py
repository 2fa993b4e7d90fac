# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class GroupUserAssignment(BaseModel):
    """Confirmation payload returned after adding a user to a group."""

    object: Literal["group.user"] = Field(default_factory=_missing)
    """Always `group.user`."""

    user_id: str = Field(default_factory=_missing)
    """Identifier of the user that was added."""

    group_id: str = Field(default_factory=_missing)
    """Identifier of the group the user was added to."""
