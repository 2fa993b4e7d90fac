# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RoleDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a role."""

    object: 'Literal["role.deleted"]' = Field(default_factory=_missing)
    """Always `role.deleted`."""

    id: str = Field(default_factory=_missing)
    """Identifier of the deleted role."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the role was deleted."""
