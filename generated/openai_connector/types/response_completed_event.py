# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .response import ResponseSchema


class ResponseCompletedEvent(BaseModel):
    """Emitted when the model response is complete."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: ResponseSchema
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""
