# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseAudioDeltaEvent(BaseModel):
    """Emitted when there is a partial audio response."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.audio.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int = Field(default_factory=_missing)
    """A sequence number for this chunk of the stream response."""

    delta: str = Field(default_factory=_missing)
    """A chunk of Base64 encoded response audio bytes."""
