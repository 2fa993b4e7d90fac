# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class Embedding(BaseModel):
    """Represents an embedding vector returned by embedding endpoint."""

    index: int
    """The index of the embedding in the list of embeddings."""

    embedding: list[float]
    """The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the [embedding guide](/docs/guides/embeddings)."""

    object: Literal["embedding"]
    """The object type, which is always "embedding"."""
