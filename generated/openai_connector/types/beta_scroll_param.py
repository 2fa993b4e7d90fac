# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaScroll(BaseModel):
    """A scroll action."""

    type: Literal["scroll"] = Field(default_factory=_missing)
    """Specifies the event type. For a scroll action, this property is always set to `scroll`."""

    x: int = Field(default_factory=_missing)
    """The x-coordinate where the scroll occurred."""

    y: int = Field(default_factory=_missing)
    """The y-coordinate where the scroll occurred."""

    scroll_x: int = Field(default_factory=_missing)
    """The horizontal scroll distance."""

    scroll_y: int = Field(default_factory=_missing)
    """The vertical scroll distance."""

    keys: list[str] | None = None
    """The keys being held while scrolling."""


class BetaScrollParam(TypedDict, total=False):
    """A scroll action."""

    type: Required[Literal["scroll"]]
    """Specifies the event type. For a scroll action, this property is always set to `scroll`."""

    x: Required[int]
    """The x-coordinate where the scroll occurred."""

    y: Required[int]
    """The y-coordinate where the scroll occurred."""

    scroll_x: Required[int]
    """The horizontal scroll distance."""

    scroll_y: Required[int]
    """The vertical scroll distance."""

    keys: Sequence[str] | None
    """The keys being held while scrolling."""
