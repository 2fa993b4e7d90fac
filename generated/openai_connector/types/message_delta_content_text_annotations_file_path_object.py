# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class MessageDeltaContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int
    """The index of the annotation in the text content part."""

    type: Literal["file_path"]
    """Always `file_path`."""

    text: str | None = None
    """The text in the message content that needs to be replaced."""

    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None

    start_index: int | None = None

    end_index: int | None = None


class MessageDeltaContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str | None = None
    """The ID of the file that was generated."""
