# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookEvalRunSucceededData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the eval run."""


class WebhookEvalRunSucceeded(BaseModel):
    """Sent when an eval run has succeeded."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the eval run succeeded."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookEvalRunSucceededData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.succeeded"] = Field(default_factory=_missing)
    """The type of the event. Always `eval.run.succeeded`."""
