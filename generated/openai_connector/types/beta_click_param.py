# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_click_button_type import BetaClickButtonType


class BetaClick(BaseModel):
    """A click action."""

    type: Literal["click"] = Field(default_factory=_missing)
    """Specifies the event type. For a click action, this property is always `click`."""

    button: BetaClickButtonType = Field(default_factory=_missing)
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`."""

    x: int = Field(default_factory=_missing)
    """The x-coordinate where the click occurred."""

    y: int = Field(default_factory=_missing)
    """The y-coordinate where the click occurred."""

    keys: list[str] | None = None
    """The keys being held while clicking."""


class BetaClickParam(TypedDict, total=False):
    """A click action."""

    type: Required[Literal["click"]]
    """Specifies the event type. For a click action, this property is always `click`."""

    button: Required[BetaClickButtonType]
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`."""

    x: Required[int]
    """The x-coordinate where the click occurred."""

    y: Required[int]
    """The y-coordinate where the click occurred."""

    keys: Sequence[str] | None
    """The keys being held while clicking."""
