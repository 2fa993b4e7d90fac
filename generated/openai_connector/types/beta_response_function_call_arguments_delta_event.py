# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a partial function-call arguments delta."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: 'Literal["response.function_call_arguments.delta"]' = Field(default_factory=_missing)
    """The type of the event. Always `response.function_call_arguments.delta`."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that the function-call arguments delta is added to."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""

    delta: str = Field(default_factory=_missing)
    """The function-call arguments delta that is added."""
