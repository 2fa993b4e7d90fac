# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DoubleClickAction(BaseModel):
    """A double click action."""

    type: Literal["double_click"] = Field(default_factory=_missing)
    """Specifies the event type. For a double click action, this property is always set to `double_click`."""

    x: int = Field(default_factory=_missing)
    """The x-coordinate where the double click occurred."""

    y: int = Field(default_factory=_missing)
    """The y-coordinate where the double click occurred."""

    keys: list[str] | None = None
    """The keys being held while double-clicking."""


class DoubleClickActionParam(TypedDict, total=False):
    """A double click action."""

    type: Required[Literal["double_click"]]
    """Specifies the event type. For a double click action, this property is always set to `double_click`."""

    x: Required[int]
    """The x-coordinate where the double click occurred."""

    y: Required[int]
    """The y-coordinate where the double click occurred."""

    keys: Required[Sequence[str] | None]
    """The keys being held while double-clicking."""
