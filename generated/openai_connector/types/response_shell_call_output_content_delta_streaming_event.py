# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .shell_call_output_delta import ShellCallOutputDelta


class ResponseShellCallOutputContentDeltaStreamingEvent(BaseModel):
    """A streaming event that indicated shell call output was incrementally added."""

    type: 'Literal["response.shell_call_output_content.delta"]' = Field(default_factory=_missing)
    """The type of the event, always `response.shell_call_output_content.delta`."""

    sequence_number: int = Field(default_factory=_missing)
    """The sequence number of the event that was emitted."""

    item_id: str = Field(default_factory=_missing)
    """The ID of the output item that was updated."""

    output_index: int = Field(default_factory=_missing)
    """The index of the output item that was updated."""

    command_index: int = Field(default_factory=_missing)
    """The index of the shell command that produced output."""

    delta: ShellCallOutputDelta = Field(default_factory=_missing)
    """The stdout/stderr delta that was emitted."""
