# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseErrorEvent(BaseModel):
    """Emitted when an error occurs."""

    type: Literal["error"] = Field(default_factory=_missing)
    """The type of the event. Always `error`."""

    code: str | None = None
    """The error code."""

    message: str = Field(default_factory=_missing)
    """The error message."""

    param: str | None = None
    """The error parameter."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
