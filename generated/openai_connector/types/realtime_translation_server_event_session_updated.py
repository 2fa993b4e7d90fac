# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .realtime_translation_session import RealtimeTranslationSession


class RealtimeTranslationServerEventSessionUpdated(BaseModel):
    """Returned when a translation session is updated with a `session.update` event,
    unless there is an error.
    """

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: 'Literal["session.updated"]' = Field(default_factory=_missing)
    """The event type, must be `session.updated`."""

    session: RealtimeTranslationSession = Field(default_factory=_missing)
    """The translation session configuration."""
