# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_response import RealtimeResponse


class RealtimeServerEventResponseCreated(BaseModel):
    """Returned when a new Response is created. The first event of response creation,
    where the response is in an initial state of `in_progress`.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["response.created"]' = Field(default_factory=_missing)
    """The event type, must be `response.created`."""

    response: RealtimeResponse = Field(default_factory=_missing)
    """The response resource."""
