# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .function_shell_call_output_content import FunctionShellCallOutputContent


class ResponseShellCallOutputContentDoneStreamingEvent(BaseModel):
    """A streaming event that indicated shell call output was completed."""

    type: Literal["response.shell_call_output_content.done"]
    """The type of the event, always `response.shell_call_output_content.done`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    item_id: str
    """The ID of the output item that was updated."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that produced output."""

    output: list[FunctionShellCallOutputContent]
    """The output contents emitted for the shell command."""
