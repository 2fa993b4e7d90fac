# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .realtime_translation_session import RealtimeTranslationSession


class RealtimeTranslationServerEventSessionUpdated(BaseModel):
    """Returned when a translation session is updated with a `session.update` event,
    unless there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: RealtimeTranslationSession
    """The translation session configuration."""
