# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class GroupDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a group."""

    object: 'Literal["group.deleted"]' = Field(default_factory=_missing)
    """Always `group.deleted`."""

    id: str = Field(default_factory=_missing)
    """Identifier of the deleted group."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the group was deleted."""
