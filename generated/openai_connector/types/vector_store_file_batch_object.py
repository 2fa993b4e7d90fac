# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open


class VectorStoreFileBatchObject(BaseModel):
    """A batch of files attached to a vector store."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.files_batch"]
    """The object type, which is always `vector_store.file_batch`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store files batch was created."""

    vector_store_id: str
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files) is attached to."""

    status: Open[Literal["in_progress", "completed", "cancelled", "failed"]]
    """The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`."""

    file_counts: VectorStoreFileBatchObjectFileCounts


class VectorStoreFileBatchObjectFileCounts(BaseModel):
    in_progress: int
    """The number of files that are currently being processed."""

    completed: int
    """The number of files that have been processed."""

    failed: int
    """The number of files that have failed to process."""

    cancelled: int
    """The number of files that where cancelled."""

    total: int
    """The total number of files."""
