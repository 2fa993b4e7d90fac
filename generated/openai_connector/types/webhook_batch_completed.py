# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookBatchCompleted(BaseModel):
    """Sent when a batch API request has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchCompletedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.completed"]
    """The type of the event. Always `batch.completed`."""


class WebhookBatchCompletedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
