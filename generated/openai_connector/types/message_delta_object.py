# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from .message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from .message_delta_content_text_object import MessageDeltaContentTextObject


class MessageDeltaObjectDelta(BaseModel):
    """The delta containing the fields that have changed on the Message."""

    role: Open[Literal["user", "assistant"]] | None = None
    """The entity that produced the message. One of `user` or `assistant`."""

    content: (
        list[
            Open[
                Annotated[
                    Annotated[MessageDeltaContentImageFileObject, Tag("image_file")]
                    | Annotated[MessageDeltaContentTextObject, Tag("text")]
                    | Annotated[MessageDeltaContentRefusalObject, Tag("refusal")]
                    | Annotated[MessageDeltaContentImageUrlObject, Tag("image_url")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None
    """The content of the message in array of text and/or images."""


class MessageDeltaObject(BaseModel):
    """Represents a message delta i.e. any changed fields on a message during streaming."""

    id: str = Field(default_factory=_missing)
    """The identifier of the message, which can be referenced in API endpoints."""

    object: 'Literal["thread.message.delta"]' = Field(default_factory=_missing)
    """The object type, which is always `thread.message.delta`."""

    delta: MessageDeltaObjectDelta = Field(default_factory=_missing)
    """The delta containing the fields that have changed on the Message."""
