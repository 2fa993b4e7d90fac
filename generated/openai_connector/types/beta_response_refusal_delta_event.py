# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseRefusalDeltaEvent(BaseModel):
    """Emitted when there is a partial refusal text."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.refusal.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.refusal.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the refusal text is added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the refusal text is added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that the refusal text is added to."""

    delta: str = Field(default_factory=_missing)
    """The refusal text that is added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
