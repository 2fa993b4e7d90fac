# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .vector_store_file_object import VectorStoreFileObject


class ListVectorStoreFilesResponse(BaseModel):
    object: str

    data: list[VectorStoreFileObject]

    first_id: str

    last_id: str

    has_more: bool
