# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .chunking_strategy_request_param import ChunkingStrategyRequestParam, ChunkingStrategyRequestParamParam
from .vector_store_file_attributes import VectorStoreFileAttributes


class CreateVectorStoreFileRequest(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: ChunkingStrategyRequestParam | None = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: VectorStoreFileAttributes | None = None


class CreateVectorStoreFileRequestParam(TypedDict, total=False):
    file_id: Required[str]
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests."""

    chunking_strategy: ChunkingStrategyRequestParamParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    attributes: VectorStoreFileAttributes
