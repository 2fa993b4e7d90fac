# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chat_completion_request_user_message_content_part import (
    ChatCompletionRequestUserMessageContentPart,
    ChatCompletionRequestUserMessageContentPartParam,
)


class ChatCompletionRequestUserMessage(BaseModel):
    """Messages sent by an end user, containing prompts or additional context
    information.
    """

    content: Open[
        Annotated[
            Annotated[str, Tag("<str>")] | Annotated[list[ChatCompletionRequestUserMessageContentPart], Tag("<list>")],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """The contents of the user message."""

    role: Literal["user"] = Field(default_factory=_missing)
    """The role of the messages author, in this case `user`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""


class ChatCompletionRequestUserMessageParam(TypedDict, total=False):
    """Messages sent by an end user, containing prompts or additional context
    information.
    """

    content: Required[str | Sequence[ChatCompletionRequestUserMessageContentPartParam]]
    """The contents of the user message."""

    role: Required[Literal["user"]]
    """The role of the messages author, in this case `user`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
