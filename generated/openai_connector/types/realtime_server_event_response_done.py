# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_response import RealtimeResponse


class RealtimeServerEventResponseDone(BaseModel):
    """Returned when a Response is done streaming. Always emitted, no matter the
    final state. The Response object included in the `response.done` event will
    include all output Items in the Response but will omit the raw audio data.

    Clients should check the `status` field of the Response to determine if it was successful
    (`completed`) or if there was another outcome: `cancelled`, `failed`, or `incomplete`.

    A response will contain all output items that were generated during the response, excluding
    any audio content.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["response.done"]' = Field(default_factory=_missing)
    """The event type, must be `response.done`."""

    response: RealtimeResponse = Field(default_factory=_missing)
    """The response resource."""
