# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SubmitToolOutputsRunRequestToolOutput(BaseModel):
    tool_call_id: str | None = None
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str | None = None
    """The output of the tool call to be submitted to continue the run."""


class SubmitToolOutputsRunRequest(BaseModel):
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutput] = Field(default_factory=_missing)
    """A list of tools for which the outputs are being submitted."""

    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""


class SubmitToolOutputsRunRequestToolOutputParam(TypedDict, total=False):
    tool_call_id: str
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str
    """The output of the tool call to be submitted to continue the run."""


class SubmitToolOutputsRunRequestParam(TypedDict, total=False):
    tool_outputs: Required[Sequence[SubmitToolOutputsRunRequestToolOutputParam]]
    """A list of tools for which the outputs are being submitted."""

    stream: bool | None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
