# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response_output_text import ResponseOutputText


class AssistantMessageItem(BaseModel):
    """Assistant-authored message within a thread."""

    id: str = Field(default_factory=_missing)
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int = Field(default_factory=_missing)
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str = Field(default_factory=_missing)
    """Identifier of the parent thread."""

    type: Literal["chatkit.assistant_message"] = Field(default_factory=_missing)
    """Type discriminator that is always `chatkit.assistant_message`."""

    content: list[ResponseOutputText] = Field(default_factory=_missing)
    """Ordered assistant response segments."""
