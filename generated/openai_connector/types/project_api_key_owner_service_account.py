# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectApiKeyOwnerServiceAccount(BaseModel):
    """The service account that owns a project API key."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str = Field(default_factory=_missing)
    """The name of the service account."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the service account was created."""

    role: str = Field(default_factory=_missing)
    """The service account's project role."""
