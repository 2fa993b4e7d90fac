# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseMcpCallCompletedEvent(BaseModel):
    """Emitted when an MCP  tool call has completed successfully."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call.completed"] = Field(default_factory=_missing)
    """The type of the event. Always 'response.mcp_call.completed'."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the MCP tool call item that completed."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that completed."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of this event."""
