# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ProjectGroupDeletedResource(BaseModel):
    """Confirmation payload returned after removing a group from a project."""

    object: 'Literal["project.group.deleted"]' = Field(default_factory=_missing)
    """Always `project.group.deleted`."""

    deleted: bool = Field(default_factory=_missing)
    """Whether the group membership in the project was removed."""
