# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeTranslationClientEventSessionClose(BaseModel):
    """Gracefully close the realtime translation session. The server flushes pending
    input audio and emits any remaining translated output before closing the
    session.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["session.close"] = Field(default_factory=_missing)
    """The event type, must be `session.close`."""
