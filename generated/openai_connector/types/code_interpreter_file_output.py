# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CodeInterpreterFileOutputFile(BaseModel):
    mime_type: str = Field(default_factory=_missing)
    """The MIME type of the file."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the file."""


class CodeInterpreterFileOutput(BaseModel):
    """The output of a code interpreter tool call that is a file."""

    type: 'Literal["files"]' = Field(default_factory=_missing)
    """The type of the code interpreter file output. Always `files`."""

    files: list[CodeInterpreterFileOutputFile] = Field(default_factory=_missing)
