# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseMcpCallArgumentsDoneEvent(BaseModel):
    """Emitted when the arguments for an MCP tool call are finalized."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call_arguments.done"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call_arguments.done'."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item in the response's output array."""

    item_id: str = Field(default_factory=_missing)
    """The unique identifier of the MCP tool call item being processed."""

    arguments: str = Field(default_factory=_missing)
    """A JSON string containing the finalized arguments for the MCP tool call."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
