# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .metadata import Metadata


class ThreadToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ThreadToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""


class ThreadToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ThreadToolResourcesCodeInterpreter | None = None

    file_search: ThreadToolResourcesFileSearch | None = None


class Thread(BaseModel):
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread"] = Field(default_factory=_missing)
    """The object type, which is always `thread`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the thread was created."""

    tool_resources: ThreadToolResources | None = None
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
