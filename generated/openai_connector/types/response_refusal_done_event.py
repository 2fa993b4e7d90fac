# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseRefusalDoneEvent(BaseModel):
    """Emitted when refusal text is finalized."""

    type: Literal["response.refusal.done"]
    """The type of the event. Always `response.refusal.done`."""

    item_id: str
    """The ID of the output item that the refusal text is finalized."""

    output_index: int
    """The index of the output item that the refusal text is finalized."""

    content_index: int
    """The index of the content part that the refusal text is finalized."""

    refusal: str
    """The refusal text that is finalized."""

    sequence_number: int
    """The sequence number of this event."""
