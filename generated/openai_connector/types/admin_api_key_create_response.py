# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .admin_api_key import AdminApiKeyOwner


class AdminApiKeyCreateResponse(BaseModel):
    object: Literal["organization.admin_api_key"] = Field(default_factory=_missing)
    """The object type, which is always `organization.admin_api_key`"""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the API key"""

    redacted_value: str = Field(default_factory=_missing)
    """The redacted value of the API key"""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the API key was created"""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the API key expires"""

    last_used_at: int | None = None
    """The Unix timestamp (in seconds) of when the API key was last used"""

    owner: AdminApiKeyOwner = Field(default_factory=_missing)

    value: str = Field(default_factory=_missing)
    """The value of the API key. Only shown on create."""
