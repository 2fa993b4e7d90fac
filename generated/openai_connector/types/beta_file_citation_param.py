# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class BetaFileCitationParam(BaseModel):
    type: Literal["file_citation"]
    """The citation type. Always `file_citation`."""

    index: int
    """The index of the file in the list of files."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The filename of the file cited."""


class BetaFileCitationParamParam(TypedDict, total=False):
    type: Required[Literal["file_citation"]]
    """The citation type. Always `file_citation`."""

    index: Required[int]
    """The index of the file in the list of files."""

    file_id: Required[str]
    """The ID of the file."""

    filename: Required[str]
    """The filename of the file cited."""
