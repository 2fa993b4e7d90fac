# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse


class BetaResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.in_progress"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.in_progress`."""

    response: BetaResponse = Field(default_factory=_missing)
    """The response that is in progress."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
