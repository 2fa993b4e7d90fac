# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class MessageDeltaContentTextAnnotationsFileCitation(BaseModel):
    file_id: str | None = None
    """The ID of the specific File the citation is from."""

    quote: str | None = None
    """The specific quote in the file."""


class MessageDeltaContentTextAnnotationsFileCitationObject(BaseModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files."""

    index: int = Field(default_factory=_missing)
    """The index of the annotation in the text content part."""

    type: 'Literal["file_citation"]' = Field(default_factory=_missing)
    """Always `file_citation`."""

    text: str | None = None
    """The text in the message content that needs to be replaced."""

    file_citation: MessageDeltaContentTextAnnotationsFileCitation | None = None

    start_index: int | None = None

    end_index: int | None = None
