# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response import Response


class ResponseCompletedEvent(BaseModel):
    """Emitted when the model response is complete."""

    type: 'Literal["response.completed"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.completed`."""

    response: Response = Field(default_factory=_missing)
    """Properties of the completed response."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""
