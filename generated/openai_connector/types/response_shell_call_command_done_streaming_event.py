# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ResponseShellCallCommandDoneStreamingEvent(BaseModel):
    """A streaming event that indicated a shell command was completed."""

    type: Literal["response.shell_call_command.done"]
    """The type of the event, always `response.shell_call_command.done`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was completed."""

    command: str
    """The final shell command that was emitted."""
