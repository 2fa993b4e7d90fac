# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateImageVariationRequest(BaseModel):
    image: str = Field(default_factory=_missing)
    """The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square."""

    model: Open[str | Literal["dall-e-2"]] | None = None
    """The model to use for image generation. Only `dall-e-2` is supported at this time."""

    n: int | None = None
    """The number of images to generate. Must be between 1 and 10."""

    response_format: Open[Literal["url", "b64_json"]] | None = None
    """The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated."""

    size: Open[Literal["256x256", "512x512", "1024x1024"]] | None = None
    """The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`."""

    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids)."""


class CreateImageVariationRequestParam(TypedDict, total=False):
    image: Required[FileTypes]
    """The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square."""

    model: str | Literal["dall-e-2"] | None
    """The model to use for image generation. Only `dall-e-2` is supported at this time."""

    n: int | None
    """The number of images to generate. Must be between 1 and 10."""

    response_format: Literal["url", "b64_json"] | None
    """The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated."""

    size: Literal["256x256", "512x512", "1024x1024"] | None
    """The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`."""

    user: str
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids)."""
