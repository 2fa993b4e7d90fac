# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .group_response import GroupResponse


class GroupListResource(BaseModel):
    """Paginated list of organization groups."""

    object: Literal["list"] = Field(default_factory=_missing)
    """Always `list`."""

    data: list[GroupResponse] = Field(default_factory=_missing)
    """Groups returned in the current page."""

    has_more: bool = Field(default_factory=_missing)
    """Whether additional groups are available when paginating."""

    next: str | None = None
    """Cursor to fetch the next page of results, or `null` if there are no more results."""
