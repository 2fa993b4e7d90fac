# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class VectorStoreFileContentResponse(BaseModel):
    """Represents the parsed content of a vector store file."""

    object: Literal["vector_store.file_content.page"]
    """The object type, which is always `vector_store.file_content.page`"""

    data: list[VectorStoreFileContentResponseDataItem]
    """Parsed content of the file."""

    has_more: bool
    """Indicates if there are more content pages to fetch."""

    next_page: str | None = None


class VectorStoreFileContentResponseDataItem(BaseModel):
    type: str | None = None
    """The content type (currently only `"text"`)"""

    text: str | None = None
    """The text content"""
