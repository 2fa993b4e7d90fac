# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseCodeInterpreterCallInProgressEvent(BaseModel):
    """Emitted when a code interpreter call is in progress."""

    type: Literal["response.code_interpreter_call.in_progress"] = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call.in_progress`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code interpreter call is in progress."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""
