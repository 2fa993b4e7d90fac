# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookFineTuningJobFailed(BaseModel):
    """Sent when a fine-tuning job has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the fine-tuning job failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookFineTuningJobFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["fine_tuning.job.failed"]
    """The type of the event. Always `fine_tuning.job.failed`."""


class WebhookFineTuningJobFailedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the fine-tuning job."""
