# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseReasoningTextDoneEvent(BaseModel):
    """Emitted when a reasoning text is completed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_text.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.reasoning_text.done`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the item this reasoning text is associated with."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item this reasoning text is associated with."""

    content_index: int = Field(default_factory=_missing)
    """The index of the reasoning content part."""

    text: str = Field(default_factory=_missing)
    """The full text of the completed reasoning content."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
