# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ClosedStatus(BaseModel):
    """Indicates that a thread has been closed."""

    type: Literal["closed"] = Field(default_factory=_missing)
    """Status discriminator that is always `closed`."""

    reason: str | None = None
    """Reason that the thread was closed. Defaults to null when no reason is recorded."""
