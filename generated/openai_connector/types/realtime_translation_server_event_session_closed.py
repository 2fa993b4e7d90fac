# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeTranslationServerEventSessionClosed(BaseModel):
    """Returned when a realtime translation session is closed."""

    event_id: str = Field(default_factory=_missing)
    """The unique ID of the server event."""

    type: Literal["session.closed"] = Field(default_factory=_missing)
    """The event type, must be `session.closed`."""
