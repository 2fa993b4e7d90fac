# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .realtime_session import RealtimeSession


class RealtimeBetaServerEventSessionUpdated(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: RealtimeSession
    """Realtime session object for the beta interface."""
