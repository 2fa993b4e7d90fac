# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaFileCitationBody(BaseModel):
    """A citation to a file."""

    type: Literal["file_citation"]
    """The type of the file citation. Always `file_citation`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

    filename: str
    """The filename of the file cited."""


class BetaFileCitationBodyParam(TypedDict, total=False):
    """A citation to a file."""

    type: Required[Literal["file_citation"]]
    """The type of the file citation. Always `file_citation`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""

    filename: Required[str]
    """The filename of the file cited."""
