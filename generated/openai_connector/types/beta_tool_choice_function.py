# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaToolChoiceFunction(BaseModel):
    """Use this option to force the model to call a specific function."""

    type: Literal["function"] = Field(default_factory=_missing)
    """For function calling, the type is always `function`."""

    name: str = Field(default_factory=_missing)
    """The name of the function to call."""


class BetaToolChoiceFunctionParam(TypedDict, total=False):
    """Use this option to force the model to call a specific function."""

    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""

    name: Required[str]
    """The name of the function to call."""
