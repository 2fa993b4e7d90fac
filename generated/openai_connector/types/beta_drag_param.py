# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_coord_param import BetaCoord, BetaCoordParam


class BetaDrag(BaseModel):
    """A drag action."""

    type: Literal["drag"] = Field(default_factory=_missing)
    """Specifies the event type. For a drag action, this property is always set to `drag`."""

    path: list[BetaCoord] = Field(default_factory=_missing)
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```
    """

    keys: list[str] | None = None
    """The keys being held while dragging the mouse."""


class BetaDragParam(TypedDict, total=False):
    """A drag action."""

    type: Required[Literal["drag"]]
    """Specifies the event type. For a drag action, this property is always set to `drag`."""

    path: Required[Sequence[BetaCoordParam]]
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```
    """

    keys: Sequence[str] | None
    """The keys being held while dragging the mouse."""
