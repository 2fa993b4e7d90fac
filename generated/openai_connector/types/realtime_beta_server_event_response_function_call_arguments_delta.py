# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventResponseFunctionCallArgumentsDelta(BaseModel):
    """Returned when the model-generated function call arguments are updated."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["response.function_call_arguments.delta"]' = Field(default_factory=_missing)
    """The event type, must be `response.function_call_arguments.delta`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the function call item."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response."""

    call_id: str = Field(default_factory=_missing)
    """The ID of the function call."""

    delta: str = Field(default_factory=_missing)
    """The arguments delta as a JSON string."""
