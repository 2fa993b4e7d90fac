# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ScrollParam(BaseModel):
    """A scroll action."""

    type: Literal["scroll"]
    """Specifies the event type. For a scroll action, this property is always set to `scroll`."""

    x: int
    """The x-coordinate where the scroll occurred."""

    y: int
    """The y-coordinate where the scroll occurred."""

    scroll_x: int
    """The horizontal scroll distance."""

    scroll_y: int
    """The vertical scroll distance."""

    keys: list[str] | None = None


class ScrollParamParam(TypedDict, total=False):
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
