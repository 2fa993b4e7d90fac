# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .vector_store_search_result_item import VectorStoreSearchResultItem


class VectorStoreSearchResultsPage(BaseModel):
    object: Literal["vector_store.search_results.page"] = Field(default_factory=_missing)
    """The object type, which is always `vector_store.search_results.page`"""

    search_query: list[str] = Field(default_factory=_missing)

    data: list[VectorStoreSearchResultItem] = Field(default_factory=_missing)
    """The list of search result items."""

    has_more: bool = Field(default_factory=_missing)
    """Indicates if there are more results to fetch."""

    next_page: str | None = None
    """The token for the next page, if any."""
