# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .metadata import Metadata


class ModifyThreadRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ModifyThreadRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""


class ModifyThreadRequestToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyThreadRequestToolResourcesCodeInterpreter | None = None

    file_search: ModifyThreadRequestToolResourcesFileSearch | None = None


class ModifyThreadRequest(BaseModel):
    tool_resources: ModifyThreadRequestToolResources | None = None
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class ModifyThreadRequestToolResourcesCodeInterpreterParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ModifyThreadRequestToolResourcesFileSearchParam(TypedDict, total=False):
    vector_store_ids: Sequence[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""


class ModifyThreadRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ModifyThreadRequestToolResourcesCodeInterpreterParam

    file_search: ModifyThreadRequestToolResourcesFileSearchParam


class ModifyThreadRequestParam(TypedDict, total=False):
    tool_resources: ModifyThreadRequestToolResourcesParam | None
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
