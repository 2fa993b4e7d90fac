# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookLiveCallIncoming(BaseModel):
    """Sent when an incoming API SIP session is available for Live acceptance. The
    same pending session can also emit `realtime.call.incoming`; the first
    successful Realtime or Live accept endpoint selects the runtime surface.
    """

    created_at: int
    """The Unix timestamp (in seconds) of when the event was created."""

    id: str
    """The unique ID of the event."""

    data: WebhookLiveCallIncomingData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["live.call.incoming"]
    """The type of the event. Always `live.call.incoming`."""


class WebhookLiveCallIncomingData(BaseModel):
    """Event data payload."""

    session_id: str
    """The Transceiver `rtc_...` ID of the pending SIP session. The same
    value appears as `call_id` in `realtime.call.incoming`.
    """

    sip_headers: list[WebhookLiveCallIncomingDataSipHeader]
    """Headers from the SIP Invite."""


class WebhookLiveCallIncomingDataSipHeader(BaseModel):
    """A header from the SIP Invite."""

    name: str
    """Name of the SIP Header."""

    value: str
    """Value of the SIP Header."""
