# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class WebhookEvalRunFailed(BaseModel):
    """Sent when an eval run has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the eval run failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookEvalRunFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.failed"]
    """The type of the event. Always `eval.run.failed`."""


class WebhookEvalRunFailedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the eval run."""
