# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseCustomToolCallInputDoneEvent(BaseModel):
    """Event indicating that input for a custom tool call is complete."""

    type: Literal["response.custom_tool_call_input.done"] = Field(default_factory=_missing)
    """The event type identifier."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output this event applies to."""

    item_id: str = Field(default_factory=_missing)
    """Unique identifier for the API item associated with this event."""

    input: str = Field(default_factory=_missing)
    """The complete input data for the custom tool call."""
