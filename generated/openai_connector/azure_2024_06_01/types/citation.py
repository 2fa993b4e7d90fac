# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class Citation(BaseModel):
    """citation information for a chat completions response message."""

    content: str = Field(default_factory=_missing)
    """The content of the citation."""

    title: str | None = None
    """The title of the citation."""

    url: str | None = None
    """The URL of the citation."""

    filepath: str | None = None
    """The file path of the citation."""

    chunk_id: str | None = None
    """The chunk ID of the citation."""


class CitationParam(TypedDict, total=False):
    """citation information for a chat completions response message."""

    content: Required[str]
    """The content of the citation."""

    title: str
    """The title of the citation."""

    url: str
    """The URL of the citation."""

    filepath: str
    """The file path of the citation."""

    chunk_id: str
    """The chunk ID of the citation."""
