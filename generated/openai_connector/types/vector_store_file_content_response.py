# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class VectorStoreFileContentResponseDataItem(BaseModel):
    type: str | None = None
    """The content type (currently only `"text"`)"""

    text: str | None = None
    """The text content"""


class VectorStoreFileContentResponse(BaseModel):
    """Represents the parsed content of a vector store file."""

    object: Literal["vector_store.file_content.page"] = Field(default_factory=_missing)
    """The object type, which is always `vector_store.file_content.page`"""

    data: list[VectorStoreFileContentResponseDataItem] = Field(default_factory=_missing)
    """Parsed content of the file."""

    has_more: bool = Field(default_factory=_missing)
    """Indicates if there are more content pages to fetch."""

    next_page: str | None = None
    """The token for the next page, if any."""
