# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ImageRef(BaseModel):
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    image_url: str | None = None
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str | None = None
    """The File API ID of an uploaded image to use as input."""


class ImageRefParam(TypedDict, total=False):
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    image_url: str
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str
    """The File API ID of an uploaded image to use as input."""
