# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject


class RunStepDetailsToolCallsFileSearchObjectFileSearch(BaseModel):
    """For now, this is always going to be an empty object."""

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = None
    """The ranking options for the file search."""

    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = None
    """The results of the file search."""


class RunStepDetailsToolCallsFileSearchObject(BaseModel):
    """File search tool call"""

    id: str = Field(default_factory=_missing)
    """The ID of the tool call object."""

    type: 'Literal["file_search"]' = Field(default_factory=_missing)
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch = Field(default_factory=_missing)
    """For now, this is always going to be an empty object."""
