# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class FilePath(BaseModel):
    """A path to a file."""

    type: Literal["file_path"] = Field(default_factory=_missing)
    """The type of the file path. Always `file_path`."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the file."""

    index: int = Field(default_factory=_missing)
    """The index of the file in the list of files."""


class FilePathParam(TypedDict, total=False):
    """A path to a file."""

    type: Required[Literal["file_path"]]
    """The type of the file path. Always `file_path`."""

    file_id: Required[str]
    """The ID of the file."""

    index: Required[int]
    """The index of the file in the list of files."""
