# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .project_group import ProjectGroup


class ProjectGroupListResource(BaseModel):
    """Paginated list of groups that have access to a project."""

    object: Literal["list"] = Field(default_factory=_missing)
    """Always `list`."""

    data: list[ProjectGroup] = Field(default_factory=_missing)
    """Project group memberships returned in the current page."""

    has_more: bool = Field(default_factory=_missing)
    """Whether additional project group memberships are available."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` when there are no more results."""
