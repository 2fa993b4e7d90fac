# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaFileCitation(BaseModel):
    type: Literal["file_citation"] = Field(default_factory=_missing)
    """The citation type. Always `file_citation`."""

    index: int = Field(default_factory=_missing)
    """The index of the file in the list of files."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the file."""

    filename: str = Field(default_factory=_missing)
    """The filename of the file cited."""


class BetaFileCitationParam(TypedDict, total=False):
    type: Required[Literal["file_citation"]]
    """The citation type. Always `file_citation`."""

    index: Required[int]
    """The index of the file in the list of files."""

    file_id: Required[str]
    """The ID of the file."""

    filename: Required[str]
    """The filename of the file cited."""
