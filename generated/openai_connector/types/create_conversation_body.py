# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .input_item import InputItem, InputItemParam
from .metadata import Metadata


class CreateConversationBody(BaseModel):
    metadata: Metadata | None = None
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """

    items: list[InputItem] | None = None
    """Initial items to include in the conversation context. You may add up to 20 items at a time."""


class CreateConversationBodyParam(TypedDict, total=False):
    metadata: Metadata | None
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """

    items: Sequence[InputItemParam] | None
    """Initial items to include in the conversation context. You may add up to 20 items at a time."""
