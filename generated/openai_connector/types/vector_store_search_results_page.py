# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .vector_store_search_result_item import VectorStoreSearchResultItem


class VectorStoreSearchResultsPage(BaseModel):
    object: Literal["vector_store.search_results.page"]
    """The object type, which is always `vector_store.search_results.page`"""

    search_query: list[str]

    data: list[VectorStoreSearchResultItem]
    """The list of search result items."""

    has_more: bool
    """Indicates if there are more results to fetch."""

    next_page: str | None = None
