# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class FunctionShellCallOutputTimeoutOutcome(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"] = Field(default_factory=_missing)
    """The outcome type. Always `timeout`."""
