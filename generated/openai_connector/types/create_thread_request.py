# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .create_message_request import CreateMessageRequest, CreateMessageRequestParam
from .metadata import Metadata


class CreateThreadRequestToolResourcesCodeInterpreter(BaseModel):
    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class CreateThreadRequestVectorStoreAutoChunkingStrategy(BaseModel):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Literal["auto"] = Field(default_factory=_missing)
    """Always `auto`."""


class CreateThreadRequestStaticChunkingStrategyStatic(BaseModel):
    max_chunk_size_tokens: int = Field(default_factory=_missing)
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: int = Field(default_factory=_missing)
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """


class CreateThreadRequestVectorStoreStaticChunkingStrategy(BaseModel):
    """Static Chunking Strategy"""

    type: 'Literal["static"]' = Field(default_factory=_missing)
    """Always `static`."""

    static: CreateThreadRequestStaticChunkingStrategyStatic = Field(default_factory=_missing)


class CreateThreadRequestToolResourcesFileSearchVectorStore(BaseModel):
    file_ids: list[str] | None = None
    """A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files."""

    chunking_strategy: (
        Open[
            Annotated[
                Annotated[CreateThreadRequestVectorStoreAutoChunkingStrategy, Tag("auto")]
                | Annotated[CreateThreadRequestVectorStoreStaticChunkingStrategy, Tag("static")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class CreateThreadRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""

    vector_stores: list[CreateThreadRequestToolResourcesFileSearchVectorStore] | None = None
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread."""


class CreateThreadRequestToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | None = None

    file_search: CreateThreadRequestToolResourcesFileSearch | None = None


class CreateThreadRequest(BaseModel):
    """Options to create a new thread. If no thread is provided when running a
    request, an empty thread will be created.
    """

    messages: list[CreateMessageRequest] | None = None
    """A list of [messages](/docs/api-reference/messages) to start the thread with."""

    tool_resources: CreateThreadRequestToolResources | None = None
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class CreateThreadRequestToolResourcesCodeInterpreterParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class CreateThreadRequestVectorStoreAutoChunkingStrategyParam(TypedDict, total=False):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Required[Literal["auto"]]
    """Always `auto`."""


class CreateThreadRequestStaticChunkingStrategyStaticParam(TypedDict, total=False):
    max_chunk_size_tokens: Required[int]
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: Required[int]
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """


class CreateThreadRequestVectorStoreStaticChunkingStrategyParam(TypedDict, total=False):
    """Static Chunking Strategy"""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[CreateThreadRequestStaticChunkingStrategyStaticParam]


class CreateThreadRequestToolResourcesFileSearchVectorStoreParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files."""

    chunking_strategy: (
        CreateThreadRequestVectorStoreAutoChunkingStrategyParam
        | CreateThreadRequestVectorStoreStaticChunkingStrategyParam
    )
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class CreateThreadRequestToolResourcesFileSearchParam(TypedDict, total=False):
    vector_store_ids: Sequence[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""

    vector_stores: Sequence[CreateThreadRequestToolResourcesFileSearchVectorStoreParam]
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread."""


class CreateThreadRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreterParam

    file_search: CreateThreadRequestToolResourcesFileSearchParam


class CreateThreadRequestParam(TypedDict, total=False):
    """Options to create a new thread. If no thread is provided when running a
    request, an empty thread will be created.
    """

    messages: Sequence[CreateMessageRequestParam]
    """A list of [messages](/docs/api-reference/messages) to start the thread with."""

    tool_resources: CreateThreadRequestToolResourcesParam | None
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
