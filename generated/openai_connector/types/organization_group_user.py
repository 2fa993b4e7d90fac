# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class OrganizationGroupUser(BaseModel):
    """Represents an individual user returned when inspecting group membership."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str = Field(default_factory=_missing)
    """The name of the user."""

    email: str | None = None
    """The email address of the user."""
