# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_input_item import BetaInputItem


class BetaResponseInjectFailedEventError(BaseModel):
    """Information about why the input was not committed."""

    code: Open[Literal["response_already_completed", "response_not_found"]] = Field(default_factory=_missing)
    """A machine-readable error code."""

    message: str = Field(default_factory=_missing)
    """A human-readable description of the error."""


class BetaResponseInjectFailedEvent(BaseModel):
    """Emitted when injected input could not be committed to a response. The event
    returns the uncommitted raw input so the client can retry it in another
    response when appropriate.
    """

    type: Literal["response.inject.failed"] = Field(default_factory=_missing)
    """The event discriminator. Always `response.inject.failed`."""

    response_id: str = Field(default_factory=_missing)
    """The ID of the response that rejected the input."""

    input: list[BetaInputItem] = Field(default_factory=_missing)
    """The raw input items that were not committed."""

    error: BetaResponseInjectFailedEventError = Field(default_factory=_missing)
    """Information about why the input was not committed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    stream_id: str | None = None
    """The multiplexed WebSocket stream that emitted the event. This field is
    present only when WebSocket multiplexing is enabled separately.
    """
