# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseAudioTranscriptDoneEvent(BaseModel):
    """Emitted when the full audio transcript is completed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.transcript.done"] = Field(default_factory=_missing)
    """The type of the event. Always `response.audio.transcript.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
