# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag


class BetaResponseShellCallCommandDoneStreamingEvent(BaseModel):
    """A streaming event that indicated a shell command was completed."""

    type: Literal["response.shell_call_command.done"] = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_command.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that was completed."""

    command: str = Field(default_factory=_missing)
    """The final shell command that was emitted."""
