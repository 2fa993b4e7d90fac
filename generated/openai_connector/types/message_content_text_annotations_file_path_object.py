# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """The ID of the file that was generated."""


class MessageContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    type: 'Literal["file_path"]' = Field(default_factory=_missing)
    """Always `file_path`."""

    text: str = Field(default_factory=_missing)
    """The text in the message content that needs to be replaced."""

    file_path: MessageContentTextAnnotationsFilePathObjectFilePath = Field(default_factory=_missing)

    start_index: int = Field(default_factory=_missing)

    end_index: int = Field(default_factory=_missing)
