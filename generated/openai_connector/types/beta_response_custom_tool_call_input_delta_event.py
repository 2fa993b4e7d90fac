# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseCustomToolCallInputDeltaEvent(BaseModel):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.custom_tool_call_input.delta"]' = Field(default_factory=_missing)
    """The event type identifier."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output this delta applies to."""

    item_id: str = Field(default_factory=_missing)
    """Unique identifier for the API item associated with this event."""

    delta: str = Field(default_factory=_missing)
    """The incremental input data (delta) for the custom tool call."""
