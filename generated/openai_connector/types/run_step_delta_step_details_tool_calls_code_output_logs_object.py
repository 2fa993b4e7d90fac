# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    index: int = Field(default_factory=_missing)
    """The index of the output in the outputs array."""

    type: 'Literal["logs"]' = Field(default_factory=_missing)
    """Always `logs`."""

    logs: str | None = None
    """The text output from the Code Interpreter tool call."""
