# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest


class RealtimeBetaClientEventTranscriptionSessionUpdate(BaseModel):
    """Send this event to update a transcription session."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["transcription_session.update"] = Field(default_factory=_missing)
    """The event type, must be `transcription_session.update`."""

    session: RealtimeTranscriptionSessionCreateRequest = Field(default_factory=_missing)
    """Realtime transcription session object configuration."""
