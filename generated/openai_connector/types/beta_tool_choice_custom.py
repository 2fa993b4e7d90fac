# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaToolChoiceCustom(BaseModel):
    """Use this option to force the model to call a specific custom tool."""

    type: Literal["custom"] = Field(default_factory=_missing)
    """For custom tool calling, the type is always `custom`."""

    name: str = Field(default_factory=_missing)
    """The name of the custom tool to call."""


class BetaToolChoiceCustomParam(TypedDict, total=False):
    """Use this option to force the model to call a specific custom tool."""

    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""

    name: Required[str]
    """The name of the custom tool to call."""
