# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseFileSearchCallInProgressEvent(BaseModel):
    """Emitted when a file search call is initiated."""

    type: Literal["response.file_search_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always `response.file_search_call.in_progress`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the file search call is initiated."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
