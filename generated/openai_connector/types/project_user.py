# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectUser(BaseModel):
    """Represents an individual user in a project."""

    object: Literal["organization.project.user"] = Field(default_factory=_missing)
    """The object type, which is always `organization.project.user`"""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the user"""

    email: str | None = None
    """The email address of the user"""

    role: str = Field(default_factory=_missing)
    """`owner` or `member`"""

    added_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the project was added."""
