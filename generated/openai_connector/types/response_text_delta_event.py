# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response_log_prob import ResponseLogProb


class ResponseTextDeltaEvent(BaseModel):
    """Emitted when there is an additional text delta."""

    type: 'Literal["response.output_text.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.output_text.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the text delta was added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the text delta was added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the text delta was added to."""

    delta: str = Field(default_factory=_missing)
    """The text delta that was added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    logprobs: list[ResponseLogProb] = Field(default_factory=_missing)
    """The log probabilities of the tokens in the delta."""
