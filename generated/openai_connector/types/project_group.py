# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class ProjectGroup(BaseModel):
    """Details about a group's membership in a project."""

    object: Literal["project.group"] = Field(default_factory=_missing)
    """Always `project.group`."""

    project_id: str = Field(default_factory=_missing)
    """Identifier of the project."""

    group_id: str = Field(default_factory=_missing)
    """Identifier of the group that has access to the project."""

    group_name: str = Field(default_factory=_missing)
    """Display name of the group."""

    group_type: Open[Literal["group", "tenant_group"]] = Field(default_factory=_missing)
    """The type of the group."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) when the group was granted project access."""
