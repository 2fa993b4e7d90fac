# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class MessageDeltaContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str | None = None
    """The ID of the file that was generated."""


class MessageDeltaContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int = Field(default_factory=_missing)
    """The index of the annotation in the text content part."""

    type: 'Literal["file_path"]' = Field(default_factory=_missing)
    """Always `file_path`."""

    text: str | None = None
    """The text in the message content that needs to be replaced."""

    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None

    start_index: int | None = None

    end_index: int | None = None
