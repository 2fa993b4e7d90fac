# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class VectorStoreFileBatchFileCounts(BaseModel):
    in_progress: int = Field(default_factory=_missing)
    """The number of files that are currently being processed."""

    completed: int = Field(default_factory=_missing)
    """The number of files that have been processed."""

    failed: int = Field(default_factory=_missing)
    """The number of files that have failed to process."""

    cancelled: int = Field(default_factory=_missing)
    """The number of files that where cancelled."""

    total: int = Field(default_factory=_missing)
    """The total number of files."""


class VectorStoreFileBatch(BaseModel):
    """A batch of files attached to a vector store."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.files_batch"] = Field(default_factory=_missing)
    """The object type, which is always `vector_store.file_batch`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the vector store files batch was created."""

    vector_store_id: str = Field(default_factory=_missing)
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files) is attached to."""

    status: Open[Literal["in_progress", "completed", "cancelled", "failed"]] = Field(default_factory=_missing)
    """The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`."""

    file_counts: VectorStoreFileBatchFileCounts = Field(default_factory=_missing)
