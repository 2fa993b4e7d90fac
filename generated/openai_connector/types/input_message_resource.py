# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .input_message_content_list import InputMessageContentList


class InputMessageResource(BaseModel):
    type: Literal["message"] = Field(default_factory=_missing)
    """The type of the message input. Always set to `message`."""

    role: Open[Literal["user", "system", "developer"]] = Field(default_factory=_missing)
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Open[Literal["in_progress", "completed", "incomplete"]] | None = None
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

    content: InputMessageContentList = Field(default_factory=_missing)
    """A list of one or many input items to the model, containing different content
    types.
    """

    id: str = Field(default_factory=_missing)
    """The unique ID of the message input."""
