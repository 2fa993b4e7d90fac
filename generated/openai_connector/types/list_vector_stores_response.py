# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .vector_store_object import VectorStoreObject


class ListVectorStoresResponse(BaseModel):
    object: str

    data: list[VectorStoreObject]

    first_id: str

    last_id: str

    has_more: bool
