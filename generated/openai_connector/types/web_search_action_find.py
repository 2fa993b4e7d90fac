# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebSearchActionFind(BaseModel):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Literal["find_in_page"] = Field(default_factory=_missing)
    """The action type."""

    url: str = Field(default_factory=_missing)
    """The URL of the page searched for the pattern."""

    pattern: str = Field(default_factory=_missing)
    """The pattern or text to search for within the page."""


class WebSearchActionFindParam(TypedDict, total=False):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Required[Literal["find_in_page"]]
    """The action type."""

    url: Required[str]
    """The URL of the page searched for the pattern."""

    pattern: Required[str]
    """The pattern or text to search for within the page."""
