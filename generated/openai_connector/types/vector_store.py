# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .metadata import Metadata
from .vector_store_expiration_after import VectorStoreExpirationAfter


class VectorStoreFileCounts(BaseModel):
    in_progress: int = Field(default_factory=_missing)
    """The number of files that are currently being processed."""

    completed: int = Field(default_factory=_missing)
    """The number of files that have been successfully processed."""

    failed: int = Field(default_factory=_missing)
    """The number of files that have failed to process."""

    cancelled: int = Field(default_factory=_missing)
    """The number of files that were cancelled."""

    total: int = Field(default_factory=_missing)
    """The total number of files."""


class VectorStore(BaseModel):
    """A vector store is a collection of processed files can be used by the `file_search` tool."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store"] = Field(default_factory=_missing)
    """The object type, which is always `vector_store`."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the vector store was created."""

    name: str = Field(default_factory=_missing)
    """The name of the vector store."""

    usage_bytes: int = Field(default_factory=_missing)
    """The total number of bytes used by the files in the vector store."""

    file_counts: VectorStoreFileCounts = Field(default_factory=_missing)

    status: Open[Literal["expired", "in_progress", "completed"]] = Field(default_factory=_missing)
    """The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use."""

    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the vector store will expire."""

    last_active_at: int | None = None
    """The Unix timestamp (in seconds) for when the vector store was last active."""

    metadata: Metadata = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
