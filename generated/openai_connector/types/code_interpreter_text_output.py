# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CodeInterpreterTextOutput(BaseModel):
    """The output of a code interpreter tool call that is text."""

    type: 'Literal["logs"]' = Field(default_factory=_missing)
    """The type of the code interpreter text output. Always `logs`."""

    logs: str = Field(default_factory=_missing)
    """The logs of the code interpreter tool call."""
