# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class MoveParam(BaseModel):
    """A mouse move action."""

    type: Literal["move"]
    """Specifies the event type. For a move action, this property is always set to `move`."""

    x: int
    """The x-coordinate to move to."""

    y: int
    """The y-coordinate to move to."""

    keys: list[str] | None = None


class MoveParamParam(TypedDict, total=False):
    """A mouse move action."""

    type: Required[Literal["move"]]
    """Specifies the event type. For a move action, this property is always set to `move`."""

    x: Required[int]
    """The x-coordinate to move to."""

    y: Required[int]
    """The y-coordinate to move to."""

    keys: Sequence[str] | None
