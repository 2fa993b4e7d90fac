# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response import Response


class ResponseQueuedEvent(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    type: 'Literal["response.queued"]' = Field(default_factory=_missing)
    """The type of the event. Always 'response.queued'."""

    response: Response = Field(default_factory=_missing)
    """The full response object that is queued."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""
