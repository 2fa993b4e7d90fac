# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .output_item import OutputItem


class ResponseOutputItemDoneEvent(BaseModel):
    """Emitted when an output item is marked done."""

    type: Literal["response.output_item.done"]
    """The type of the event. Always `response.output_item.done`."""

    output_index: int
    """The index of the output item that was marked done."""

    sequence_number: int
    """The sequence number of this event."""

    item: OutputItem
    """The output item that was marked done."""
