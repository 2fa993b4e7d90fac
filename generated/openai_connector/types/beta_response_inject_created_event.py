# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaResponseInjectCreatedEvent(BaseModel):
    """Emitted when all injected input items were validated and committed to the
    active response.
    """

    type: Literal["response.inject.created"] = Field(default_factory=_missing)
    """The event discriminator. Always `response.inject.created`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response that accepted the input."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    stream_id: str | None = None
    """The multiplexed WebSocket stream that emitted the event. This field is
    present only when WebSocket multiplexing is enabled separately.
    """
