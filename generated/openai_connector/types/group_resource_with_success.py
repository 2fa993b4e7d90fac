# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class GroupResourceWithSuccess(BaseModel):
    """Response returned after updating a group."""

    id: str = Field(default_factory=_missing)
    """Identifier for the group."""

    name: str = Field(default_factory=_missing)
    """Updated display name for the group."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool = Field(default_factory=_missing)
    """Whether the group is managed through SCIM and controlled by your identity provider."""
