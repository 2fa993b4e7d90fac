# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Any, Literal

from ..lib._models import BaseModel, Open


class FineTuningJobEvent(BaseModel):
    """Fine-tuning job event object"""

    object: Literal["fine_tuning.job.event"]
    """The object type, which is always "fine_tuning.job.event"."""

    id: str
    """The object identifier."""

    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    level: Open[Literal["info", "warn", "error"]]
    """The log level of the event."""

    message: str
    """The message of the event."""

    type: Open[Literal["message", "metrics"]] | None = None
    """The type of event."""

    data: dict[str, Any] | None = None
    """The data associated with the event."""
