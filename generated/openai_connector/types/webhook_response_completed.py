# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookResponseCompletedData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the model response."""


class WebhookResponseCompleted(BaseModel):
    """Sent when a background response has been completed."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the model response was completed."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookResponseCompletedData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.completed"] = Field(default_factory=_missing)
    """The type of the event. Always `response.completed`."""
