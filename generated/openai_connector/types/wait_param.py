# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Wait(BaseModel):
    """A wait action."""

    type: Literal["wait"] = Field(default_factory=_missing)
    """Specifies the event type. For a wait action, this property is always set to `wait`."""


class WaitParam(TypedDict, total=False):
    """A wait action."""

    type: Required[Literal["wait"]]
    """Specifies the event type. For a wait action, this property is always set to `wait`."""
