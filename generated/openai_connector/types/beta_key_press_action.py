# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaKeyPressAction(BaseModel):
    """A collection of keypresses the model would like to perform."""

    type: Literal["keypress"] = Field(default_factory=_missing)
    """Specifies the event type. For a keypress action, this property is always set to `keypress`."""

    keys: list[str] = Field(default_factory=_missing)
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""


class BetaKeyPressActionParam(TypedDict, total=False):
    """A collection of keypresses the model would like to perform."""

    type: Required[Literal["keypress"]]
    """Specifies the event type. For a keypress action, this property is always set to `keypress`."""

    keys: Required[Sequence[str]]
    """The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key."""
