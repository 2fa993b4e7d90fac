# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .error_payload import ErrorPayload


class ResponseWsError(BaseModel):
    """Emitted when an error occurs while processing a Responses WebSocket request."""

    type: 'Literal["error"]' = Field(default_factory=_missing)
    """The type of the event. Always `error`."""

    status: int | None = None
    """The HTTP status code associated with a WebSocket protocol error."""

    sequence_number: int | None = None
    """The sequence number of an error emitted by the response stream."""

    error: ErrorPayload = Field(default_factory=_missing)
    """Details about the error."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present when the
    originating `response.create` event supplied a `stream_id`.
    """
