# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .chunking_strategy_request_param import ChunkingStrategyRequest, ChunkingStrategyRequestParam
from .create_vector_store_file_request import CreateVectorStoreFileRequest, CreateVectorStoreFileRequestParam
from .vector_store_file_attributes import VectorStoreFileAttributes


class CreateVectorStoreFileBatchRequest(BaseModel):
    file_ids: list[str] | None = None
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`."""

    files: list[CreateVectorStoreFileRequest] | None = None
    """A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`."""

    chunking_strategy: ChunkingStrategyRequest | None = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: VectorStoreFileAttributes | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """


class CreateVectorStoreFileBatchRequestParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`."""

    files: Sequence[CreateVectorStoreFileRequestParam]
    """A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`."""

    chunking_strategy: ChunkingStrategyRequestParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: VectorStoreFileAttributes
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """
