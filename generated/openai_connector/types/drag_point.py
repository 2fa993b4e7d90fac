# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DragPoint(BaseModel):
    """An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

    x: int = Field(default_factory=_missing)
    """The x-coordinate."""

    y: int = Field(default_factory=_missing)
    """The y-coordinate."""
