# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_agent_tag import BetaAgentTag
from .beta_function_shell_call_output_content import BetaFunctionShellCallOutputContent


class BetaResponseShellCallOutputContentDoneStreamingEvent(BaseModel):
    """A streaming event that indicated shell call output was completed."""

    type: Literal["response.shell_call_output_content.done"] = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_output_content.done`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that was updated."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that produced output."""

    output: list[BetaFunctionShellCallOutputContent] = Field(default_factory=_missing)
    """The output contents emitted for the shell command."""
