# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .role import Role


class PublicRoleListResource(BaseModel):
    """Paginated list of roles available on an organization or project."""

    object: Literal["list"] = Field(default_factory=_missing)
    """Always `list`."""

    data: list[Role] = Field(default_factory=_missing)
    """Roles returned in the current page."""

    has_more: bool = Field(default_factory=_missing)
    """Whether more roles are available when paginating."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` when there are no additional roles."""
