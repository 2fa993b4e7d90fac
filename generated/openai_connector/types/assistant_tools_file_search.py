# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .file_search_ranking_options import FileSearchRankingOptions, FileSearchRankingOptionsParam


class AssistantToolsFileSearchFileSearch(BaseModel):
    """Overrides for the file search tool."""

    max_num_results: int | None = None
    """The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranking_options: FileSearchRankingOptions | None = None
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """


class AssistantToolsFileSearch(BaseModel):
    """FileSearch tool"""

    type: 'Literal["file_search"]' = Field(default_factory=_missing)
    """The type of tool being defined: `file_search`"""

    file_search: AssistantToolsFileSearchFileSearch | None = None
    """Overrides for the file search tool."""


class AssistantToolsFileSearchFileSearchParam(TypedDict, total=False):
    """Overrides for the file search tool."""

    max_num_results: int
    """The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """

    ranking_options: FileSearchRankingOptionsParam
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    """


class AssistantToolsFileSearchParam(TypedDict, total=False):
    """FileSearch tool"""

    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`"""

    file_search: AssistantToolsFileSearchFileSearchParam
    """Overrides for the file search tool."""
