# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeServerEventInputAudioBufferDtmfEventReceived(BaseModel):
    """**SIP Only:** Returned when an DTMF event is received. A DTMF event is a message that
    represents a telephone keypad press (0–9, *, #, A–D). The `event` property
    is the keypad that the user press. The `received_at` is the UTC Unix Timestamp
    that the server received the event.
    """

    type: Literal["input_audio_buffer.dtmf_event_received"] = Field(default_factory=_missing)
    """The event type, must be `input_audio_buffer.dtmf_event_received`."""

    event: str = Field(default_factory=_missing)
    """The telephone keypad that was pressed by the user."""

    received_at: int = Field(default_factory=_missing)
    """UTC Unix Timestamp when DTMF Event was received by server."""
