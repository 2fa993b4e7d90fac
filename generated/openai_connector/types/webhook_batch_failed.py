# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookBatchFailedData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the batch API request."""


class WebhookBatchFailed(BaseModel):
    """Sent when a batch API request has failed."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the batch API request failed."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookBatchFailedData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.failed"] = Field(default_factory=_missing)
    """The type of the event. Always `batch.failed`."""
