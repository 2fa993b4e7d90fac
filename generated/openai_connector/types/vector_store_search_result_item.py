# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .vector_store_file_attributes import VectorStoreFileAttributes
from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject


class VectorStoreSearchResultItem(BaseModel):
    file_id: str
    """The ID of the vector store file."""

    filename: str
    """The name of the vector store file."""

    score: float
    """The similarity score for the result."""

    attributes: VectorStoreFileAttributes

    content: list[VectorStoreSearchResultContentObject]
    """Content chunks from the file."""
