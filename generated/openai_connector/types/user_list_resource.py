# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .group_user import GroupUser


class UserListResource(BaseModel):
    """Paginated list of user objects returned when inspecting group membership."""

    object: Literal["list"]
    """Always `list`."""

    data: list[GroupUser]
    """Users in the current page."""

    has_more: bool
    """Whether more users are available when paginating."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` when no further users are available."""
