# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookResponseFailedData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the model response."""


class WebhookResponseFailed(BaseModel):
    """Sent when a background response has failed."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the model response failed."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookResponseFailedData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.failed"] = Field(default_factory=_missing)
    """The type of the event. Always `response.failed`."""
