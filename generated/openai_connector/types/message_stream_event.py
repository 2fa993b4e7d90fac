# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal, TypeAlias

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .message_delta_object import MessageDeltaObject
from .message_object import MessageObject


class MessageStreamEventThreadMessageCompleted(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    event: Literal["thread.message.completed"] = Field(default_factory=_missing)

    data: MessageObject = Field(default_factory=_missing)
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventThreadMessageCreated(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is created."""

    event: Literal["thread.message.created"] = Field(default_factory=_missing)

    data: MessageObject = Field(default_factory=_missing)
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventThreadMessageDelta(BaseModel):
    """Occurs when parts of a [Message](/docs/api-reference/messages/object) are being streamed."""

    event: Literal["thread.message.delta"] = Field(default_factory=_missing)

    data: MessageDeltaObject = Field(default_factory=_missing)
    """Represents a message delta i.e. any changed fields on a message during streaming."""


class MessageStreamEventThreadMessageInProgress(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) moves to an `in_progress` state."""

    event: Literal["thread.message.in_progress"] = Field(default_factory=_missing)

    data: MessageObject = Field(default_factory=_missing)
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventThreadMessageIncomplete(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) ends before it is completed."""

    event: Literal["thread.message.incomplete"] = Field(default_factory=_missing)

    data: MessageObject = Field(default_factory=_missing)
    """Represents a message within a [thread](/docs/api-reference/threads)."""


MessageStreamEvent: TypeAlias = Open[
    Annotated[
        Annotated[MessageStreamEventThreadMessageCreated, Tag("thread.message.created")]
        | Annotated[MessageStreamEventThreadMessageInProgress, Tag("thread.message.in_progress")]
        | Annotated[MessageStreamEventThreadMessageDelta, Tag("thread.message.delta")]
        | Annotated[MessageStreamEventThreadMessageCompleted, Tag("thread.message.completed")]
        | Annotated[MessageStreamEventThreadMessageIncomplete, Tag("thread.message.incomplete")],
        Discriminator(tag_of("event")),
    ]
]
