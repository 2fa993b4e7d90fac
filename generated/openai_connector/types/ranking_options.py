# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .hybrid_search_options import HybridSearchOptions, HybridSearchOptionsParam
from .ranker_version_type import RankerVersionType


class RankingOptions(BaseModel):
    ranker: RankerVersionType | None = None
    """The ranker to use for the file search."""

    score_threshold: float | None = None
    """The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results."""

    hybrid_search: HybridSearchOptions | None = None
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled."""


class RankingOptionsParam(TypedDict, total=False):
    ranker: RankerVersionType
    """The ranker to use for the file search."""

    score_threshold: float
    """The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results."""

    hybrid_search: HybridSearchOptionsParam
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled."""
