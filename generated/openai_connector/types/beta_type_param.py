# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaType(BaseModel):
    """An action to type in text."""

    type: 'Literal["type"]' = Field(default_factory=_missing)
    """Specifies the event type. For a type action, this property is always set to `type`."""

    text: str = Field(default_factory=_missing)
    """The text to type."""


class BetaTypeParam(TypedDict, total=False):
    """An action to type in text."""

    type: Required[Literal["type"]]
    """Specifies the event type. For a type action, this property is always set to `type`."""

    text: Required[str]
    """The text to type."""
