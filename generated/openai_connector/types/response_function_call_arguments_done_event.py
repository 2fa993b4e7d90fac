# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """Emitted when function-call arguments are finalized."""

    type: Literal["response.function_call_arguments.done"] = Field(default_factory=_missing)

    item_id: str = Field(default_factory=_missing)
    """The ID of the item."""

    name: str = Field(default_factory=_missing)
    """The name of the function that was called."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    arguments: str = Field(default_factory=_missing)
    """The function-call arguments."""
