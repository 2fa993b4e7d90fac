# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .group_response import GroupResponse


class GroupListResource(BaseModel):
    """Paginated list of organization groups."""

    object: Literal["list"]
    """Always `list`."""

    data: list[GroupResponse]
    """Groups returned in the current page."""

    has_more: bool
    """Whether additional groups are available when paginating."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` if there are no more results."""
