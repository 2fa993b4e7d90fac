# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class RealtimeBetaServerEventResponseTextDelta(BaseModel):
    """Returned when the text value of an "output_text" content part is updated."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_text.delta"]
    """The event type, must be `response.output_text.delta`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    delta: str
    """The text delta."""
