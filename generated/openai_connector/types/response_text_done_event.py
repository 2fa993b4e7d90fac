# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .response_log_prob import ResponseLogProb


class ResponseTextDoneEvent(BaseModel):
    """Emitted when text content is finalized."""

    type: Literal["response.output_text.done"]
    """The type of the event. Always `response.output_text.done`."""

    item_id: str
    """The ID of the output item that the text content is finalized."""

    output_index: int
    """The index of the output item that the text content is finalized."""

    content_index: int
    """The index of the content part that the text content is finalized."""

    text: str
    """The text content that is finalized."""

    sequence_number: int
    """The sequence number for this event."""

    logprobs: list[ResponseLogProb]
    """The log probabilities of the tokens in the delta."""
