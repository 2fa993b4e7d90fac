# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject


class RunStepDetailsToolCallsFileSearchObject(BaseModel):
    """File search tool call"""

    id: str
    """The ID of the tool call object."""

    type: Literal["file_search"]
    """The type of tool call. This is always going to be `file_search` for this type of tool call."""

    file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch
    """For now, this is always going to be an empty object."""


class RunStepDetailsToolCallsFileSearchObjectFileSearch(BaseModel):
    """For now, this is always going to be an empty object."""

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = None
    """The ranking options for the file search."""

    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = None
    """The results of the file search."""
