# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_beta_response import RealtimeBetaResponse


class RealtimeBetaServerEventResponseDone(BaseModel):
    """Returned when a Response is done streaming. Always emitted, no matter the
    final state. The Response object included in the `response.done` event will
    include all output Items in the Response but will omit the raw audio data.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["response.done"]' = Field(default_factory=_missing)
    """The event type, must be `response.done`."""

    response: RealtimeBetaResponse = Field(default_factory=_missing)
    """The response resource."""
