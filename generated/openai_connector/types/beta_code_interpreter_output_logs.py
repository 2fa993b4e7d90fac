# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaCodeInterpreterOutputLogs(BaseModel):
    """The logs output from the code interpreter."""

    type: 'Literal["logs"]' = Field(default_factory=_missing)
    """The type of the output. Always `logs`."""

    logs: str = Field(default_factory=_missing)
    """The logs output from the code interpreter."""


class BetaCodeInterpreterOutputLogsParam(TypedDict, total=False):
    """The logs output from the code interpreter."""

    type: Required[Literal["logs"]]
    """The type of the output. Always `logs`."""

    logs: Required[str]
    """The logs output from the code interpreter."""
