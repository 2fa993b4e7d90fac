# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    type: 'Literal["logs"]' = Field(default_factory=_missing)
    """Always `logs`."""

    logs: str = Field(default_factory=_missing)
    """The text output from the Code Interpreter tool call."""
