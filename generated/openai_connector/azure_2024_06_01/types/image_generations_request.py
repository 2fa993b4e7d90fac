# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from .image_quality import ImageQuality
from .image_size import ImageSize
from .image_style import ImageStyle
from .images_response_format import ImagesResponseFormat


class ImageGenerationsRequest(BaseModel):
    prompt: str = Field(default_factory=_missing)
    """A text description of the desired image(s). The maximum length is 4000 characters."""

    n: int | None = None
    """The number of images to generate."""

    size: ImageSize | None = None
    """The size of the generated images."""

    response_format: ImagesResponseFormat | None = None
    """The format in which the generated images are returned."""

    user: str | None = None
    """A unique identifier representing your end-user, which can help to monitor and detect abuse."""

    quality: ImageQuality | None = None
    """The quality of the image that will be generated."""

    style: ImageStyle | None = None
    """The style of the generated images."""


class ImageGenerationsRequestParam(TypedDict, total=False):
    prompt: Required[str]
    """A text description of the desired image(s). The maximum length is 4000 characters."""

    n: int
    """The number of images to generate."""

    size: ImageSize
    """The size of the generated images."""

    response_format: ImagesResponseFormat
    """The format in which the generated images are returned."""

    user: str
    """A unique identifier representing your end-user, which can help to monitor and detect abuse."""

    quality: ImageQuality
    """The quality of the image that will be generated."""

    style: ImageStyle
    """The style of the generated images."""
