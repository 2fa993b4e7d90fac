# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chunking_strategy_request_param import ChunkingStrategyRequest, ChunkingStrategyRequestParam
from .vector_store_file_attributes import VectorStoreFileAttributes


class CreateVectorStoreFileRequest(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: ChunkingStrategyRequest | None = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: VectorStoreFileAttributes | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """


class CreateVectorStoreFileRequestParam(TypedDict, total=False):
    file_id: Required[str]
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: ChunkingStrategyRequestParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: VectorStoreFileAttributes
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """
