# generated from the OpenAI API spec by the openai-connector generator; do not edit
import builtins
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Conversation(BaseModel):
    id: str = Field(default_factory=_missing)
    """The unique ID of the conversation."""

    object: Literal["conversation"] = Field(default_factory=_missing)
    """The object type, which is always `conversation`."""

    metadata: "builtins.object" = Field(default_factory=_missing)
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    """

    created_at: int = Field(default_factory=_missing)
    """The time at which the conversation was created, measured in seconds since the Unix epoch."""
