# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ItemReference(BaseModel):
    """An internal identifier for an item to reference."""

    type: Literal["item_reference"] | None = None
    """The type of item to reference. Always `item_reference`."""

    id: str = Field(default_factory=_missing)
    """The ID of the item to reference."""


class ItemReferenceParam(TypedDict, total=False):
    """An internal identifier for an item to reference."""

    type: Literal["item_reference"] | None
    """The type of item to reference. Always `item_reference`."""

    id: Required[str]
    """The ID of the item to reference."""
