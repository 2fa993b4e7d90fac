# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_web_search_approximate_location import (
    BetaWebSearchApproximateLocation,
    BetaWebSearchApproximateLocationParam,
)


class BetaWebSearchToolFilters(BaseModel):
    """Filters for the search."""

    allowed_domains: list[str] | None = None
    """Allowed domains for the search. If not provided, all domains are allowed.
    Subdomains of the provided domains are allowed as well.

    Example: `["pubmed.ncbi.nlm.nih.gov"]`
    """


class BetaWebSearchTool(BaseModel):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search).
    """

    type: Open[Literal["web_search", "web_search_2025_08_26"]] = Field(default_factory=_missing)
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    external_web_access: bool | None = None
    """Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in offline/cache-only mode and will not fetch new external content."""

    filters: BetaWebSearchToolFilters | None = None
    """Filters for the search."""

    user_location: BetaWebSearchApproximateLocation | None = None
    """The approximate location of the user."""

    search_context_size: Open[Literal["low", "medium", "high"]] | None = None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""


class BetaWebSearchToolFiltersParam(TypedDict, total=False):
    """Filters for the search."""

    allowed_domains: Sequence[str] | None
    """Allowed domains for the search. If not provided, all domains are allowed.
    Subdomains of the provided domains are allowed as well.

    Example: `["pubmed.ncbi.nlm.nih.gov"]`
    """


class BetaWebSearchToolParam(TypedDict, total=False):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](/docs/guides/tools-web-search).
    """

    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    external_web_access: bool
    """Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in offline/cache-only mode and will not fetch new external content."""

    filters: BetaWebSearchToolFiltersParam | None
    """Filters for the search."""

    user_location: BetaWebSearchApproximateLocationParam
    """The approximate location of the user."""

    search_context_size: Literal["low", "medium", "high"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default."""
