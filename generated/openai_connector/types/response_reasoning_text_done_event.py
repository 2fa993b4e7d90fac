# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseReasoningTextDoneEvent(BaseModel):
    """Emitted when a reasoning text is completed."""

    type: Literal["response.reasoning_text.done"]
    """The type of the event. Always `response.reasoning_text.done`."""

    item_id: str
    """The ID of the item this reasoning text is associated with."""

    output_index: int
    """The index of the output item this reasoning text is associated with."""

    content_index: int
    """The index of the reasoning content part."""

    text: str
    """The full text of the completed reasoning content."""

    sequence_number: int
    """The sequence number of this event."""
