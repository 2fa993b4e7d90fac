# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
from .vector_store_file_attributes import VectorStoreFileAttributes


class VectorStoreFileLastError(BaseModel):
    """The last error associated with this vector store file. Will be `null` if there are no errors."""

    code: Open[Literal["server_error", "unsupported_file", "invalid_file"]] = Field(default_factory=_missing)
    """One of `server_error`, `unsupported_file`, or `invalid_file`."""

    message: str = Field(default_factory=_missing)
    """A human-readable description of the error."""


class VectorStoreFile(BaseModel):
    """A list of files attached to a vector store."""

    id: str = Field(default_factory=_missing)
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.file"] = Field(default_factory=_missing)
    """The object type, which is always `vector_store.file`."""

    usage_bytes: int = Field(default_factory=_missing)
    """The total vector store usage in bytes. Note that this may be different from the original file size."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) for when the vector store file was created."""

    vector_store_id: str = Field(default_factory=_missing)
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files) is attached to."""

    status: Open[Literal["in_progress", "completed", "cancelled", "failed"]] = Field(default_factory=_missing)
    """The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use."""

    last_error: VectorStoreFileLastError | None = None
    """The last error associated with this vector store file. Will be `null` if there are no errors."""

    chunking_strategy: (
        Open[
            Annotated[
                Annotated[StaticChunkingStrategyResponseParam, Tag("static")]
                | Annotated[OtherChunkingStrategyResponseParam, Tag("other")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """The strategy used to chunk the file."""

    attributes: VectorStoreFileAttributes | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """
