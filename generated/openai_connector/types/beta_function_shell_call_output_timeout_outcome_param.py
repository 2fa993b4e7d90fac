# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaFunctionShellCallOutputTimeoutOutcomeParamModel(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"] = Field(default_factory=_missing)
    """The outcome type. Always `timeout`."""


class BetaFunctionShellCallOutputTimeoutOutcomeParam(TypedDict, total=False):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Required[Literal["timeout"]]
    """The outcome type. Always `timeout`."""
