# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaSpecificFunctionShell(BaseModel):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Literal["shell"] = Field(default_factory=_missing)
    """The tool to call. Always `shell`."""


class BetaSpecificFunctionShellParam(TypedDict, total=False):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Required[Literal["shell"]]
    """The tool to call. Always `shell`."""
