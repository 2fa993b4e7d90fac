# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookResponseCompleted(BaseModel):
    """Sent when a background response has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookResponseCompletedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""


class WebhookResponseCompletedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""
