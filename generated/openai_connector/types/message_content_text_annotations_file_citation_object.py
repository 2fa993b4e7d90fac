# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class MessageContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """The ID of the specific File the citation is from."""


class MessageContentTextAnnotationsFileCitationObject(BaseModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files."""

    type: 'Literal["file_citation"]' = Field(default_factory=_missing)
    """Always `file_citation`."""

    text: str = Field(default_factory=_missing)
    """The text in the message content that needs to be replaced."""

    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation = Field(default_factory=_missing)

    start_index: int = Field(default_factory=_missing)

    end_index: int = Field(default_factory=_missing)
