# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebSearchActionSearchSource(BaseModel):
    """A source used in the search."""

    type: 'Literal["url"]' = Field(default_factory=_missing)
    """The type of source. Always `url`."""

    url: str = Field(default_factory=_missing)
    """The URL of the source."""


class WebSearchActionSearch(BaseModel):
    """Action type "search" - Performs a web search query."""

    type: Literal["search"] = Field(default_factory=_missing)
    """The action type."""

    query: str | None = None
    """The search query."""

    queries: list[str] | None = None
    """The search queries."""

    sources: list[WebSearchActionSearchSource] | None = None
    """The sources used in the search."""


class WebSearchActionSearchSourceParam(TypedDict, total=False):
    """A source used in the search."""

    type: Required[Literal["url"]]
    """The type of source. Always `url`."""

    url: Required[str]
    """The URL of the source."""


class WebSearchActionSearchParam(TypedDict, total=False):
    """Action type "search" - Performs a web search query."""

    type: Required[Literal["search"]]
    """The action type."""

    query: str
    """The search query."""

    queries: Sequence[str]
    """The search queries."""

    sources: Sequence[WebSearchActionSearchSourceParam]
    """The sources used in the search."""
