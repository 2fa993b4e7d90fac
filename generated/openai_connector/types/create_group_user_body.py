# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CreateGroupUserBody(BaseModel):
    """Request payload for adding a user to a group."""

    user_id: str = Field(default_factory=_missing)
    """Identifier of the user to add to the group."""


class CreateGroupUserBodyParam(TypedDict, total=False):
    """Request payload for adding a user to a group."""

    user_id: Required[str]
    """Identifier of the user to add to the group."""
