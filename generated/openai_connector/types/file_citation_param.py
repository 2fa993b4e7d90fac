# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class FileCitationParam(BaseModel):
    type: Literal["file_citation"]
    """The citation type. Always `file_citation`."""

    index: int
    """The index of the file in the list of files."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The filename of the file cited."""
