# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class WebhookEvalRunCanceledData(BaseModel):
    """Event data payload."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the eval run."""


class WebhookEvalRunCanceled(BaseModel):
    """Sent when an eval run has been canceled."""

    created_at: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the eval run was canceled."""

    id: str = Field(default_factory=_missing)
    """The unique ID of the event."""

    data: WebhookEvalRunCanceledData = Field(default_factory=_missing)
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.canceled"] = Field(default_factory=_missing)
    """The type of the event. Always `eval.run.canceled`."""
