# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .vector_store_file_attributes import VectorStoreFileAttributes


class UpdateVectorStoreFileAttributesRequest(BaseModel):
    attributes: VectorStoreFileAttributes = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """


class UpdateVectorStoreFileAttributesRequestParam(TypedDict, total=False):
    attributes: Required[VectorStoreFileAttributes]
    """Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard. Keys are strings
    with a maximum length of 64 characters. Values are strings with a maximum
    length of 512 characters, booleans, or numbers.
    """
