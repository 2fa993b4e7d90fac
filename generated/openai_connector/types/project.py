# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .public_project_residency import PublicProjectResidency


class Project(BaseModel):
    """Represents an individual project."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    object: Literal["organization.project"] = Field(default_factory=_missing)
    """The object type, which is always `organization.project`"""

    name: str | None = None
    """The name of the project. This appears in reporting."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the project was created."""

    archived_at: int | None = None
    """The Unix timestamp (in seconds) of when the project was archived or `null`."""

    status: str | None = None
    """`active` or `archived`"""

    external_key_id: str | None = None
    """The external key associated with the project."""

    residency: PublicProjectResidency | None = None
    """The residency configuration for the project."""
