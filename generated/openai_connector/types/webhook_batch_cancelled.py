# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookBatchCancelled(BaseModel):
    """Sent when a batch API request has been cancelled."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was cancelled."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchCancelledData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.cancelled"]
    """The type of the event. Always `batch.cancelled`."""


class WebhookBatchCancelledData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
