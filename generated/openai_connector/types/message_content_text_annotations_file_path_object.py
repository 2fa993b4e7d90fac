# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class MessageContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    type: Literal["file_path"]
    """Always `file_path`."""

    text: str
    """The text in the message content that needs to be replaced."""

    file_path: MessageContentTextAnnotationsFilePathObjectFilePath

    start_index: int

    end_index: int


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str
    """The ID of the file that was generated."""
