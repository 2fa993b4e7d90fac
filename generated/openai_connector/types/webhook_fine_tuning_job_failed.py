# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookFineTuningJobFailedData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the fine-tuning job."""


class WebhookFineTuningJobFailed(BaseModel):
    """Sent when a fine-tuning job has failed."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the fine-tuning job failed."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookFineTuningJobFailedData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["fine_tuning.job.failed"] = Field(default_factory=_missing)
    """The type of the event. Always `fine_tuning.job.failed`."""
