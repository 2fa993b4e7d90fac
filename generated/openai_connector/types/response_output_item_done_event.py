# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .output_item import OutputItem


class ResponseOutputItemDoneEvent(BaseModel):
    """Emitted when an output item is marked done."""

    type: Literal["response.output_item.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.output_item.done`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was marked done."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    item: OutputItem = Field(default_factory=_missing)
    """The output item that was marked done."""
