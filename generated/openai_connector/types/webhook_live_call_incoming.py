# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookLiveCallIncomingDataSipHeader(BaseModel):
    """A header from the SIP Invite."""

    name: str = Field(default_factory=_missing)
    """Name of the SIP Header."""

    value: str = Field(default_factory=_missing)
    """Value of the SIP Header."""


class WebhookLiveCallIncomingData(BaseModel):
    """Event data payload."""

    session_id: str = Field(default_factory=_missing)
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `call_id` in `realtime.call.incoming`.
    """

    sip_headers: list[WebhookLiveCallIncomingDataSipHeader] = Field(default_factory=_missing)
    """Headers from the SIP Invite."""


class WebhookLiveCallIncoming(BaseModel):
    """Sent when an incoming API SIP session is available for Live acceptance. The
    same pending session can also emit `realtime.call.incoming`; the first
    successful Realtime or Live accept endpoint selects the runtime surface.
    """

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the event was created."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookLiveCallIncomingData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["live.call.incoming"] = Field(default_factory=_missing)
    """The type of the event. Always `live.call.incoming`."""
