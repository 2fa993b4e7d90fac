# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel


class Citation(BaseModel):
    """citation information for a chat completions response message."""

    content: str
    """The content of the citation."""

    title: str | None = None
    """The title of the citation."""

    url: str | None = None
    """The URL of the citation."""

    filepath: str | None = None
    """The file path of the citation."""

    chunk_id: str | None = None
    """The chunk ID of the citation."""
