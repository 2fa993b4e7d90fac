# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseReasoningSummaryPartDoneEventPart(BaseModel):
    """The completed summary part."""

    type: Literal["summary_text"] = Field(default_factory=_missing)
    """The type of the summary part. Always `summary_text`."""

    text: str = Field(default_factory=_missing)
    """The text of the summary part."""


class BetaResponseReasoningSummaryPartDoneEvent(BaseModel):
    """Emitted when a reasoning summary part is completed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_part.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_summary_part.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this summary part is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this summary part is associated with."""

    summary_index: int = Field(default_factory=_missing)
    """The index of the summary part within the reasoning summary."""

    status: Literal["incomplete"] | None = None
    """The completion status of the summary part. Omitted when the part completed
    normally and set to `incomplete` when generation was interrupted.
    """

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    part: BetaResponseReasoningSummaryPartDoneEventPart = Field(default_factory=_missing)
    """The completed summary part."""
