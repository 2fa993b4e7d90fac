# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Group(BaseModel):
    """Summary information about a group returned in role assignment responses."""

    object: Literal["group"] = Field(default_factory=_missing)
    """Always `group`."""

    id: str = Field(default_factory=_missing)
    """Identifier for the group."""

    name: str = Field(default_factory=_missing)
    """Display name of the group."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the group was created."""

    scim_managed: bool = Field(default_factory=_missing)
    """Whether the group is managed through SCIM."""
