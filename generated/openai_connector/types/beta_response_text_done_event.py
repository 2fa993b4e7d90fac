# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_response_log_prob import BetaResponseLogProb


class BetaResponseTextDoneEvent(BaseModel):
    """Emitted when text content is finalized."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_text.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.output_text.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the text content is finalized."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the text content is finalized."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the text content is finalized."""

    text: str = Field(default_factory=_missing)
    """The text content that is finalized."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number for this event."""

    logprobs: list[BetaResponseLogProb] = Field(default_factory=_missing)
    """The log probabilities of the tokens in the delta."""
