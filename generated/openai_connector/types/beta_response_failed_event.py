# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse


class BetaResponseFailedEvent(BaseModel):
    """An event that is emitted when a response fails."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.failed"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.failed`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    response: BetaResponse = Field(default_factory=_missing)
    """The response that failed."""
