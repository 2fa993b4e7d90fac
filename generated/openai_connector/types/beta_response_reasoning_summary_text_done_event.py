# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseReasoningSummaryTextDoneEvent(BaseModel):
    """Emitted when a reasoning summary text is completed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_text.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_text.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary text is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary text is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    text: str = Field(default_factory=_missing)
    """The full text of the completed reasoning summary."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
