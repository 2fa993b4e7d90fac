# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookBatchExpiredData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the batch API request."""


class WebhookBatchExpired(BaseModel):
    """Sent when a batch API request has expired."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the batch API request expired."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookBatchExpiredData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.expired"] = Field(default_factory=_missing)
    """The type of the event. Always `batch.expired`."""
