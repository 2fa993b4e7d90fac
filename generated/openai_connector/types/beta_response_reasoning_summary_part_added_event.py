# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseReasoningSummaryPartAddedEventPart(BaseModel):
    """The summary part that was added."""

    type: Literal["summary_text"] = Field(default_factory=_missing)
    """The type of the summary part. Always `summary_text`."""

    text: str = Field(default_factory=_missing)
    """The text of the summary part."""


class BetaResponseReasoningSummaryPartAddedEvent(BaseModel):
    """Emitted when a new reasoning summary part is added."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_part.added"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_part.added`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary part is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary part is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    part: BetaResponseReasoningSummaryPartAddedEventPart = Field(default_factory=_missing)
    """The summary part that was added."""
