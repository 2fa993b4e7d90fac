# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGa
from .realtime_transcription_session_create_response_ga import RealtimeTranscriptionSessionCreateResponseGa


class RealtimeServerEventSessionUpdated(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["session.updated"]' = Field(default_factory=_missing)
    """The event type, must be `session.updated`."""

    session: 'Open[Annotated[Annotated[RealtimeSessionCreateResponseGa, Tag("realtime")] | Annotated[RealtimeTranscriptionSessionCreateResponseGa, Tag("transcription")], Discriminator(tag_of("type"))]]' = Field(
        default_factory=_missing
    )
    """The session configuration."""
