# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated

from pydantic import Discriminator, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequest, AutoChunkingStrategyRequestParam
from .metadata import Metadata
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequest, StaticChunkingStrategyRequestParam
from .vector_store_expiration_after import VectorStoreExpirationAfter, VectorStoreExpirationAfterParam


class CreateVectorStoreRequest(BaseModel):
    file_ids: list[str] | None = None
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files."""

    name: str | None = None
    """The name of the vector store."""

    description: str | None = None
    """A description for the vector store. Can be used to describe the vector store's purpose."""

    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store."""

    chunking_strategy: (
        Open[
            Annotated[
                Annotated[AutoChunkingStrategyRequest, Tag("auto")]
                | Annotated[StaticChunkingStrategyRequest, Tag("static")],
                Discriminator(tag_of("type")),
            ]
        ]
        | None
    ) = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""

    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


class CreateVectorStoreRequestParam(TypedDict, total=False):
    file_ids: Sequence[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files."""

    name: str
    """The name of the vector store."""

    description: str
    """A description for the vector store. Can be used to describe the vector store's purpose."""

    expires_after: VectorStoreExpirationAfterParam
    """The expiration policy for a vector store."""

    chunking_strategy: AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""

    metadata: Metadata
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
