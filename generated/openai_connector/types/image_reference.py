# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ImageReference(BaseModel):
    image_url: str | None = None
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str | None = None


class ImageReferenceParam(TypedDict, total=False):
    image_url: str
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str
