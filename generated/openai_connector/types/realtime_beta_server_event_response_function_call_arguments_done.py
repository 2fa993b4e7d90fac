# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventResponseFunctionCallArgumentsDone(BaseModel):
    """Returned when the model-generated function call arguments are done streaming.
    Also emitted when a Response is interrupted, incomplete, or cancelled.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["response.function_call_arguments.done"] = Field(default_factory=_missing)
    """The event type, must be `response.function_call_arguments.done`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the function call item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    call_id: str = Field(default_factory=_missing)
    """The ID of the function call."""

    name: str = Field(default_factory=_missing)
    """The name of the function that was called."""

    arguments: str = Field(default_factory=_missing)
    """The final arguments as a JSON string."""
