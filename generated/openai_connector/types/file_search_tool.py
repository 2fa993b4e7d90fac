# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .filters import Filters, FiltersParam
from .ranking_options import RankingOptions, RankingOptionsParam


class FileSearchTool(BaseModel):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search)."""

    type: Literal["file_search"] = Field(default_factory=_missing)
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: list[str] = Field(default_factory=_missing)
    """The IDs of the vector stores to search."""

    max_num_results: int | None = None
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    ranking_options: RankingOptions | None = None
    """Ranking options for search."""

    filters: Filters | None = None
    """A filter to apply."""


class FileSearchToolParam(TypedDict, total=False):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search)."""

    type: Required[Literal["file_search"]]
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: Required[Sequence[str]]
    """The IDs of the vector stores to search."""

    max_num_results: int
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    ranking_options: RankingOptionsParam
    """Ranking options for search."""

    filters: FiltersParam | None
    """A filter to apply."""
