# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Screenshot(BaseModel):
    """A screenshot action."""

    type: Literal["screenshot"] = Field(default_factory=_missing)
    """Specifies the event type. For a screenshot action, this property is always set to `screenshot`."""


class ScreenshotParam(TypedDict, total=False):
    """A screenshot action."""

    type: Required[Literal["screenshot"]]
    """Specifies the event type. For a screenshot action, this property is always set to `screenshot`."""
