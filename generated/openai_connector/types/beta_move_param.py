# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaMove(BaseModel):
    """A mouse move action."""

    type: Literal["move"] = Field(default_factory=_missing)
    """Specifies the event type. For a move action, this property is always set to `move`."""

    x: int = Field(default_factory=_missing)
    """The x-coordinate to move to."""

    y: int = Field(default_factory=_missing)
    """The y-coordinate to move to."""

    keys: list[str] | None = None
    """The keys being held while moving the mouse."""


class BetaMoveParam(TypedDict, total=False):
    """A mouse move action."""

    type: Required[Literal["move"]]
    """Specifies the event type. For a move action, this property is always set to `move`."""

    x: Required[int]
    """The x-coordinate to move to."""

    y: Required[int]
    """The y-coordinate to move to."""

    keys: Sequence[str] | None
    """The keys being held while moving the mouse."""
