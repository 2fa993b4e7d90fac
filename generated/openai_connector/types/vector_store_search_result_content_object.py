# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class VectorStoreSearchResultContentObject(BaseModel):
    type: Literal["text"]
    """The type of content."""

    text: str
    """The text content returned from search."""
