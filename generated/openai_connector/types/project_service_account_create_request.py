# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectServiceAccountCreateRequest(BaseModel):
    name: str = Field(default_factory=_missing)
    """The name of the service account being created."""

    create_service_account_only: bool | None = None
    """Create the service account without default roles or an API key."""


class ProjectServiceAccountCreateRequestParam(TypedDict, total=False):
    name: Required[str]
    """The name of the service account being created."""

    create_service_account_only: bool | None
    """Create the service account without default roles or an API key."""
