# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response_item import ResponseItem


class ResponseItemList(BaseModel):
    """A list of Response items."""

    object: Literal["list"] = Field(default_factory=_missing)
    """The type of object returned, must be `list`."""

    data: list[ResponseItem] = Field(default_factory=_missing)
    """A list of items used to generate this response."""

    has_more: bool = Field(default_factory=_missing)
    """Whether there are more items available."""

    first_id: str = Field(default_factory=_missing)
    """The ID of the first item in the list."""

    last_id: str = Field(default_factory=_missing)
    """The ID of the last item in the list."""
