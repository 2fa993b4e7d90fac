# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag, BetaAgentTagRequestParam
from .beta_vector_store_file_attributes import BetaVectorStoreFileAttributes


class BetaFileSearchToolCallResultsListItem(BaseModel):
    file_id: str | None = None
    """The unique ID of the file."""

    text: str | None = None
    """The text that was retrieved from the file."""

    filename: str | None = None
    """The name of the file."""

    attributes: BetaVectorStoreFileAttributes | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """

    score: float | None = None
    """The relevance score of the file - a value between 0 and 1."""


class BetaFileSearchToolCall(BaseModel):
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information.
    """

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the file search tool call."""

    type: Literal["file_search_call"] = Field(default_factory=_missing)
    """The type of the file search tool call. Always `file_search_call`."""

    status: Open[Literal["in_progress", "searching", "completed", "incomplete", "failed"]] = Field(
        default_factory=_missing
    )
    """The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,
    """

    queries: list[str] = Field(default_factory=_missing)
    """The queries used to search for files."""

    results: list[BetaFileSearchToolCallResultsListItem] | None = None
    """The results of the file search tool call."""


class BetaFileSearchToolCallResultsListItemParam(TypedDict, total=False):
    file_id: str
    """The unique ID of the file."""

    text: str
    """The text that was retrieved from the file."""

    filename: str
    """The name of the file."""

    attributes: BetaVectorStoreFileAttributes
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """

    score: float
    """The relevance score of the file - a value between 0 and 1."""


class BetaFileSearchToolCallParam(TypedDict, total=False):
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information.
    """

    agent: BetaAgentTagRequestParam | None
    """The agent that produced this item."""

    id: Required[str]
    """The unique ID of the file search tool call."""

    type: Required[Literal["file_search_call"]]
    """The type of the file search tool call. Always `file_search_call`."""

    status: Required[Literal["in_progress", "searching", "completed", "incomplete", "failed"]]
    """The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,
    """

    queries: Required[Sequence[str]]
    """The queries used to search for files."""

    results: Sequence[BetaFileSearchToolCallResultsListItemParam] | None
    """The results of the file search tool call."""
