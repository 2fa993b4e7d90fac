# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .assigned_role_details import AssignedRoleDetails


class RoleListResource(BaseModel):
    """Paginated list of roles assigned to a principal."""

    object: Literal["list"] = Field(default_factory=_missing)
    """Always `list`."""

    data: list[AssignedRoleDetails] = Field(default_factory=_missing)
    """Role assignments returned in the current page."""

    has_more: bool = Field(default_factory=_missing)
    """Whether additional assignments are available when paginating."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` when there are no more assignments."""
