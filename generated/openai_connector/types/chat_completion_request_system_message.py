# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chat_completion_request_system_message_content_part import (
    ChatCompletionRequestSystemMessageContentPart,
    ChatCompletionRequestSystemMessageContentPartParam,
)


class ChatCompletionRequestSystemMessage(BaseModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead.
    """

    content: Open[
        Annotated[
            Annotated[str, Tag("<str>")]
            | Annotated[list[ChatCompletionRequestSystemMessageContentPart], Tag("<list>")],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """The contents of the system message."""

    role: Literal["system"] = Field(default_factory=_missing)
    """The role of the messages author, in this case `system`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""


class ChatCompletionRequestSystemMessageParam(TypedDict, total=False):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead.
    """

    content: Required[str | Sequence[ChatCompletionRequestSystemMessageContentPartParam]]
    """The contents of the system message."""

    role: Required[Literal["system"]]
    """The role of the messages author, in this case `system`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
