# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,
)
from .message_delta_content_text_annotations_file_path_object import MessageDeltaContentTextAnnotationsFilePathObject


class MessageDeltaContentTextObjectText(BaseModel):
    value: str | None = None
    """The data that makes up the text."""

    annotations: (
        list[
            Open[
                Annotated[
                    Annotated[MessageDeltaContentTextAnnotationsFileCitationObject, Tag("file_citation")]
                    | Annotated[MessageDeltaContentTextAnnotationsFilePathObject, Tag("file_path")],
                    Discriminator(tag_of("type")),
                ]
            ]
        ]
        | None
    ) = None


class MessageDeltaContentTextObject(BaseModel):
    """The text content that is part of a message."""

    index: int = Field(default_factory=_missing)
    """The index of the content part in the message."""

    type: 'Literal["text"]' = Field(default_factory=_missing)
    """Always `text`."""

    text: MessageDeltaContentTextObjectText | None = None
