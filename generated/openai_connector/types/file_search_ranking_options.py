# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .file_search_ranker import FileSearchRanker


class FileSearchRankingOptions(BaseModel):
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranker: FileSearchRanker | None = None
    """The ranker to use for the file search. If not specified will use the `auto` ranker."""

    score_threshold: float = Field(default_factory=_missing)
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""


class FileSearchRankingOptionsParam(TypedDict, total=False):
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranker: FileSearchRanker
    """The ranker to use for the file search. If not specified will use the `auto` ranker."""

    score_threshold: Required[float]
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""
