# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .comparison_filter import ComparisonFilter, ComparisonFilterParam
from .compound_filter import CompoundFilter, CompoundFilterParam


class VectorStoreSearchRequestRankingOptions(BaseModel):
    """Ranking options for search."""

    ranker: Open[Literal["none", "auto", "default-2024-11-15"]] | None = None
    """Enable re-ranking; set to `none` to disable, which can help reduce latency."""

    score_threshold: float | None = None


class VectorStoreSearchRequest(BaseModel):
    query: Open[
        Annotated[Annotated[str, Tag("<str>")] | Annotated[list[str], Tag("<list>")], Discriminator(tag_of(None))]
    ] = Field(default_factory=_missing)
    """A query string for a search"""

    rewrite_query: bool | None = None
    """Whether to rewrite the natural language query for vector search."""

    max_num_results: int | None = None
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    filters: (
        Open[
            Annotated[
                Annotated[ComparisonFilter, Tag("eq")] | Annotated[CompoundFilter, Tag("and")],
                Discriminator(
                    tag_of(
                        "type",
                        {
                            "ne": "eq",
                            "gt": "eq",
                            "gte": "eq",
                            "lt": "eq",
                            "lte": "eq",
                            "in": "eq",
                            "nin": "eq",
                            "or": "and",
                        },
                    )
                ),
            ]
        ]
        | None
    ) = None
    """A filter to apply based on file attributes."""

    ranking_options: VectorStoreSearchRequestRankingOptions | None = None
    """Ranking options for search."""


class VectorStoreSearchRequestRankingOptionsParam(TypedDict, total=False):
    """Ranking options for search."""

    ranker: Literal["none", "auto", "default-2024-11-15"]
    """Enable re-ranking; set to `none` to disable, which can help reduce latency."""

    score_threshold: float


class VectorStoreSearchRequestParam(TypedDict, total=False):
    query: Required[str | Sequence[str]]
    """A query string for a search"""

    rewrite_query: bool
    """Whether to rewrite the natural language query for vector search."""

    max_num_results: int
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""

    filters: ComparisonFilterParam | CompoundFilterParam
    """A filter to apply based on file attributes."""

    ranking_options: VectorStoreSearchRequestRankingOptionsParam
    """Ranking options for search."""
