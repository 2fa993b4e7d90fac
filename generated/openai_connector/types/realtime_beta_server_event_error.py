# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeBetaServerEventErrorError(BaseModel):
    """Details of the error."""

    type: str = Field(default_factory=_missing)
    """The type of error (e.g., "invalid_request_error", "server_error")."""

    code: str | None = None
    """Error code, if any."""

    message: str = Field(default_factory=_missing)
    """A human-readable error message."""

    param: str | None = None
    """Parameter related to the error, if any."""

    event_id: str | None = None
    """The event_id of the client event that caused the error, if applicable."""


class RealtimeBetaServerEventError(BaseModel):
    """Returned when an error occurs, which could be a client problem or a server
    problem. Most errors are recoverable and the session will stay open, we
    recommend to implementors to monitor and log error messages by default.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["error"]' = Field(default_factory=_missing)
    """The event type, must be `error`."""

    error: RealtimeBetaServerEventErrorError = Field(default_factory=_missing)
    """Details of the error."""
