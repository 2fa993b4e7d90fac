# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .vector_store_file_attributes import VectorStoreFileAttributes
from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject


class VectorStoreSearchResultItem(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """The ID of the vector store file."""

    filename: str = Field(default_factory=_missing)
    """The name of the vector store file."""

    score: float = Field(default_factory=_missing)
    """The similarity score for the result."""

    attributes: VectorStoreFileAttributes = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """

    content: list[VectorStoreSearchResultContentObject] = Field(default_factory=_missing)
    """Content chunks from the file."""
