# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookBatchCancelledData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the batch API request."""


class WebhookBatchCancelled(BaseModel):
    """Sent when a batch API request has been cancelled."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the batch API request was cancelled."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookBatchCancelledData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.cancelled"] = Field(default_factory=_missing)
    """The type of the event. Always `batch.cancelled`."""
