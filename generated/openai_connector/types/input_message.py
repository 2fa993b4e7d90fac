# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .input_message_content_list import InputMessageContentList, InputMessageContentListParam


class InputMessage(BaseModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    type: Literal["message"] | None = None
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


class InputMessageParam(TypedDict, total=False):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Required[Literal["user", "system", "developer"]]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

    content: Required[InputMessageContentListParam]
    """A list of one or many input items to the model, containing different content
    types.
    """
