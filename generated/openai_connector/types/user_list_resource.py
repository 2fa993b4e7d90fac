# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .organization_group_user import OrganizationGroupUser


class UserListResource(BaseModel):
    """Paginated list of user objects returned when inspecting group membership."""

    object: Literal["list"] = Field(default_factory=_missing)
    """Always `list`."""

    data: list[OrganizationGroupUser] = Field(default_factory=_missing)
    """Users in the current page."""

    has_more: bool = Field(default_factory=_missing)
    """Whether more users are available when paginating."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` when no further users are available."""
