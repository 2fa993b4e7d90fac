# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookBatchFailed(BaseModel):
    """Sent when a batch API request has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.failed"]
    """The type of the event. Always `batch.failed`."""


class WebhookBatchFailedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
