# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .response import ResponseSchema


class ResponseFailedEvent(BaseModel):
    """An event that is emitted when a response fails."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: ResponseSchema
    """The response that failed."""
