# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ServiceAccountApiKeyBody(BaseModel):
    object: Literal["organization.project.service_account.api_key"] = Field(default_factory=_missing)
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str = Field(default_factory=_missing)
    """The unredacted API key value."""

    name: str = Field(default_factory=_missing)
    """The name of the API key."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) when the API key was created."""

    id: str = Field(default_factory=_missing)
    """The identifier of the API key."""
