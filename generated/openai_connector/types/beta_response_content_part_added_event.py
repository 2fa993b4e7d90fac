# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_output_content import BetaOutputContent


class BetaResponseContentPartAddedEvent(BaseModel):
    """Emitted when a new content part is added."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.content_part.added"] = Field(default_factory=_missing)
    """The type of the event. Always `response.content_part.added`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the content part was added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the content part was added to."""

    content_index: int = Field(default_factory=_missing)
    """The index of the content part that was added."""

    part: BetaOutputContent = Field(default_factory=_missing)
    """The content part that was added."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
