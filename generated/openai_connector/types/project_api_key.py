# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
from .project_api_key_owner_user import ProjectApiKeyOwnerUser


class ProjectApiKeyOwner(BaseModel):
    type: 'Open[Literal["user", "service_account"]] | None' = None
    """`user` or `service_account`"""

    user: ProjectApiKeyOwnerUser | None = None
    """The user that owns a project API key."""

    service_account: ProjectApiKeyOwnerServiceAccount | None = None
    """The service account that owns a project API key."""


class ProjectApiKey(BaseModel):
    """Represents an individual API key in a project."""

    object: Literal["organization.project.api_key"] = Field(default_factory=_missing)
    """The object type, which is always `organization.project.api_key`"""

    redacted_value: str = Field(default_factory=_missing)
    """The redacted value of the API key"""

    name: str = Field(default_factory=_missing)
    """The name of the API key"""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the API key was created"""

    last_used_at: int | None = None
    """The Unix timestamp (in seconds) of when the API key was last used."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    owner_project_access: Open[Literal["active", "inactive"]] = Field(default_factory=_missing)
    """Whether the API key's owner currently has effective access to the project."""

    owner: ProjectApiKeyOwner = Field(default_factory=_missing)
