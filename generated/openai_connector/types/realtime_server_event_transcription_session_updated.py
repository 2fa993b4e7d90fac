# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse


class RealtimeServerEventTranscriptionSessionUpdated(BaseModel):
    """Returned when a transcription session is updated with a `transcription_session.update` event, unless
    there is an error.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["transcription_session.updated"] = Field(default_factory=_missing)
    """The event type, must be `transcription_session.updated`."""

    session: RealtimeTranscriptionSessionCreateResponse = Field(default_factory=_missing)
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """
