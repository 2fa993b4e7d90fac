# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)


class PredictionContent(BaseModel):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: 'Literal["content"]' = Field(default_factory=_missing)
    """The type of the predicted content you want to provide. This type is
    currently always `content`.
    """

    content: Open[
        Annotated[
            Annotated[str, Tag("<str>")] | Annotated[list[ChatCompletionRequestMessageContentPartText], Tag("<list>")],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
    """


class PredictionContentParam(TypedDict, total=False):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: Required[Literal["content"]]
    """The type of the predicted content you want to provide. This type is
    currently always `content`.
    """

    content: Required[str | Sequence[ChatCompletionRequestMessageContentPartTextParam]]
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
    """
