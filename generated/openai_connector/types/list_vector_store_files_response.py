# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .vector_store_file import VectorStoreFile


class ListVectorStoreFilesResponse(BaseModel):
    object: str = Field(default_factory=_missing)

    data: list[VectorStoreFile] = Field(default_factory=_missing)

    first_id: str = Field(default_factory=_missing)

    last_id: str = Field(default_factory=_missing)

    has_more: bool = Field(default_factory=_missing)
