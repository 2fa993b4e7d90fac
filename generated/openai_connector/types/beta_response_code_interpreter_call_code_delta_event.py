# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.code_interpreter_call_code.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.code_interpreter_call_code.delta`."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response for which the code is being streamed."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the code interpreter tool call item."""

    delta: str = Field(default_factory=_missing)
    """The partial code snippet being streamed by the code interpreter."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event, used to order streaming events."""
