# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_response_log_prob import BetaResponseLogProb


class BetaResponseTextDeltaEvent(BaseModel):
    """Emitted when there is an additional text delta."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

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

    logprobs: list[BetaResponseLogProb] = Field(default_factory=_missing)
    """The log probabilities of the tokens in the delta."""
