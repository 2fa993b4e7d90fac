# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .metadata import Metadata


class EvalStoredCompletionsSource(BaseModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"] = Field(default_factory=_missing)
    """The type of source. Always `stored_completions`."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    model: str | None = None
    """An optional model to filter by (e.g., 'gpt-4o')."""

    created_after: int | None = None
    """An optional Unix timestamp to filter items created after this time."""

    created_before: int | None = None
    """An optional Unix timestamp to filter items created before this time."""

    limit: int | None = None
    """An optional maximum number of items to return."""


class EvalStoredCompletionsSourceParam(TypedDict, total=False):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Required[Literal["stored_completions"]]
    """The type of source. Always `stored_completions`."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    model: str | None
    """An optional model to filter by (e.g., 'gpt-4o')."""

    created_after: int | None
    """An optional Unix timestamp to filter items created after this time."""

    created_before: int | None
    """An optional Unix timestamp to filter items created before this time."""

    limit: int | None
    """An optional maximum number of items to return."""
