# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class MessageContentTextAnnotationsFileCitationObject(BaseModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files."""

    type: Literal["file_citation"]
    """Always `file_citation`."""

    text: str
    """The text in the message content that needs to be replaced."""

    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation

    start_index: int

    end_index: int


class MessageContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str
    """The ID of the specific File the citation is from."""
