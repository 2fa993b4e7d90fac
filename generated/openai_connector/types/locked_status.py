# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class LockedStatus(BaseModel):
    """Indicates that a thread is locked and cannot accept new input."""

    type: Literal["locked"] = Field(default_factory=_missing)
    """Status discriminator that is always `locked`."""

    reason: str | None = None
    """Reason that the thread was locked. Defaults to null when no reason is recorded."""
