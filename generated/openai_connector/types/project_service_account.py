# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ProjectServiceAccount(BaseModel):
    """Represents an individual service account in a project."""

    object: Literal["organization.project.service_account"] = Field(default_factory=_missing)
    """The object type, which is always `organization.project.service_account`"""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str = Field(default_factory=_missing)
    """The name of the service account"""

    role: Open[Literal["owner", "member", "none"]] = Field(default_factory=_missing)
    """`owner`, `member`, or `none`"""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the service account was created"""
