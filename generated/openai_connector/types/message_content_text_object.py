# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .message_content_text_annotations_file_citation_object import MessageContentTextAnnotationsFileCitationObject
from .message_content_text_annotations_file_path_object import MessageContentTextAnnotationsFilePathObject


class MessageContentTextObjectText(BaseModel):
    value: str = Field(default_factory=_missing)
    """The data that makes up the text."""

    annotations: list[
        Open[
            Annotated[
                Annotated[MessageContentTextAnnotationsFileCitationObject, Tag("file_citation")]
                | Annotated[MessageContentTextAnnotationsFilePathObject, Tag("file_path")],
                Discriminator(tag_of("type")),
            ]
        ]
    ] = Field(default_factory=_missing)


class MessageContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: 'Literal["text"]' = Field(default_factory=_missing)
    """Always `text`."""

    text: MessageContentTextObjectText = Field(default_factory=_missing)
