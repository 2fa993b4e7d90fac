# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .file_search_ranker import FileSearchRanker


class RunStepDetailsToolCallsFileSearchRankingOptionsObject(BaseModel):
    """The ranking options for the file search."""

    ranker: FileSearchRanker = Field(default_factory=_missing)
    """The ranker to use for the file search. If not specified will use the `auto` ranker."""

    score_threshold: float = Field(default_factory=_missing)
    """The score threshold for the file search. All values must be a floating point number between 0 and 1."""
