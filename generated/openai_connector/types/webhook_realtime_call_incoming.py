# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookRealtimeCallIncomingDataSipHeader(BaseModel):
    """A header from the SIP Invite."""

    name: str = Field(default_factory=_missing)
    """Name of the SIP Header."""

    value: str = Field(default_factory=_missing)
    """Value of the SIP Header."""


class WebhookRealtimeCallIncomingData(BaseModel):
    """Event data payload."""

    call_id: str = Field(default_factory=_missing)
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `session_id` in `live.call.incoming`.
    """

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeader] = Field(default_factory=_missing)
    """Headers from the SIP Invite."""


class WebhookRealtimeCallIncoming(BaseModel):
    """Sent when an incoming API SIP session is available for Realtime acceptance.
    The same pending session can also emit `live.call.incoming`; the first
    successful Realtime or Live accept endpoint selects the runtime surface.
    """

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookRealtimeCallIncomingData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["realtime.call.incoming"] = Field(default_factory=_missing)
    """The type of the event. Always `realtime.call.incoming`."""
