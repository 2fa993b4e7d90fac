# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_output_item import BetaOutputItem


class BetaResponseOutputItemAddedEvent(BaseModel):
    """Emitted when a new output item is added."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_item.added"] = Field(default_factory=_missing)
    """The type of the event. Always `response.output_item.added`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    item: BetaOutputItem = Field(default_factory=_missing)
    """The output item that was added. For reasoning items, `encrypted_content`
    may be incomplete while the item is in progress. Use the reasoning item
    from the corresponding `response.output_item.done` event when passing it
    as input to a subsequent request.
    """
