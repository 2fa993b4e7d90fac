# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaFileCitationBody(BaseModel):
    """A citation to a file."""

    type: Literal["file_citation"] = Field(default_factory=_missing)
    """The type of the file citation. Always `file_citation`."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the file."""

    index: int = Field(default_factory=_missing)
    """The index of the file in the list of files."""

    filename: str = Field(default_factory=_missing)
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
