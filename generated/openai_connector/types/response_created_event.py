# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response import Response


class ResponseCreatedEvent(BaseModel):
    """An event that is emitted when a response is created."""

    type: 'Literal["response.created"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.created`."""

    response: Response = Field(default_factory=_missing)
    """The response that was created."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""
