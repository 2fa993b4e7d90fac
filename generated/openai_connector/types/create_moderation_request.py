# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Annotated, Literal, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing


class CreateModerationRequestInputListItemImageUrlImageUrl(BaseModel):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: str = Field(default_factory=_missing)
    """Either a URL of the image or the base64 encoded image data."""


class CreateModerationRequestInputListItemImageUrl(BaseModel):
    """An object describing an image to classify."""

    type: 'Literal["image_url"]' = Field(default_factory=_missing)
    """Always `image_url`."""

    image_url: CreateModerationRequestInputListItemImageUrlImageUrl = Field(default_factory=_missing)
    """Contains either an image URL or a data URL for a base64 encoded image."""


class CreateModerationRequestInputListItemText(BaseModel):
    """An object describing text to classify."""

    type: 'Literal["text"]' = Field(default_factory=_missing)
    """Always `text`."""

    text: str = Field(default_factory=_missing)
    """A string of text to classify."""


class CreateModerationRequest(BaseModel):
    input: Open[
        Annotated[
            Annotated[str, Tag("<str>")]
            | Annotated[
                list[str]
                | list[
                    Annotated[
                        Annotated[CreateModerationRequestInputListItemImageUrl, Tag("image_url")]
                        | Annotated[CreateModerationRequestInputListItemText, Tag("text")],
                        Discriminator(tag_of("type")),
                    ]
                ],
                Tag("<list>"),
            ],
            Discriminator(tag_of(None)),
        ]
    ] = Field(default_factory=_missing)
    """Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models.
    """

    model: (
        Open[
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
        ]
        | None
    ) = None
    """The content moderation model you would like to use. Learn more in
    [the moderation guide](/docs/guides/moderation), and learn about
    available models [here](/docs/models#moderation).
    """


class CreateModerationRequestInputListItemImageUrlImageUrlParam(TypedDict, total=False):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""


class CreateModerationRequestInputListItemImageUrlParam(TypedDict, total=False):
    """An object describing an image to classify."""

    type: Required[Literal["image_url"]]
    """Always `image_url`."""

    image_url: Required[CreateModerationRequestInputListItemImageUrlImageUrlParam]
    """Contains either an image URL or a data URL for a base64 encoded image."""


class CreateModerationRequestInputListItemTextParam(TypedDict, total=False):
    """An object describing text to classify."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """A string of text to classify."""


class CreateModerationRequestParam(TypedDict, total=False):
    input: Required[
        str
        | Sequence[str]
        | Sequence[CreateModerationRequestInputListItemImageUrlParam | CreateModerationRequestInputListItemTextParam]
    ]
    """Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models.
    """

    model: (
        str
        | Literal[
            "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"
        ]
    )
    """The content moderation model you would like to use. Learn more in
    [the moderation guide](/docs/guides/moderation), and learn about
    available models [here](/docs/models#moderation).
    """
