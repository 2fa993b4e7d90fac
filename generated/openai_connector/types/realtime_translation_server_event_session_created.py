# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_translation_session import RealtimeTranslationSession


class RealtimeTranslationServerEventSessionCreated(BaseModel):
    """Returned when a translation session is created. Emitted automatically when a
    new connection is established as the first server event. This event contains
    the default translation session configuration.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["session.created"]' = Field(default_factory=_missing)
    """The event type, must be `session.created`."""

    session: RealtimeTranslationSession = Field(default_factory=_missing)
    """The translation session configuration."""
