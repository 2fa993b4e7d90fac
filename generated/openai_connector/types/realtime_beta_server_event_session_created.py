# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_session import RealtimeSession


class RealtimeBetaServerEventSessionCreated(BaseModel):
    """Returned when a Session is created. Emitted automatically when a new
    connection is established as the first server event. This event will contain
    the default Session configuration.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["session.created"]' = Field(default_factory=_missing)
    """The event type, must be `session.created`."""

    session: RealtimeSession = Field(default_factory=_missing)
    """Realtime session object for the beta interface."""
