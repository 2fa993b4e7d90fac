# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .vector_store_file_attributes import VectorStoreFileAttributes


class UpdateVectorStoreFileAttributesRequest(BaseModel):
    attributes: VectorStoreFileAttributes


class UpdateVectorStoreFileAttributesRequestParam(TypedDict, total=False):
    attributes: Required[VectorStoreFileAttributes]
