# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class CodeInterpreterFileOutput(BaseModel):
    """The output of a code interpreter tool call that is a file."""

    type: Literal["files"]
    """The type of the code interpreter file output. Always `files`."""

    files: list[CodeInterpreterFileOutputFile]


class CodeInterpreterFileOutputFile(BaseModel):
    mime_type: str
    """The MIME type of the file."""

    file_id: str
    """The ID of the file."""
