# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .input_item import InputItem, InputItemParam


class CreateConversationItemsBody(BaseModel):
    items: list[InputItem] = Field(default_factory=_missing)
    """The items to add to the conversation. You may add up to 20 items at a time."""


class CreateConversationItemsBodyParam(TypedDict, total=False):
    items: Required[Sequence[InputItemParam]]
    """The items to add to the conversation. You may add up to 20 items at a time."""
