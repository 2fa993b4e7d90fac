# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectApiKeyOwnerUser(BaseModel):
    """The user that owns a project API key."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    email: str = Field(default_factory=_missing)
    """The email address of the user."""

    name: str = Field(default_factory=_missing)
    """The name of the user."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the user was created."""

    role: str = Field(default_factory=_missing)
    """The user's project role."""
