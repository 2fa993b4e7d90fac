# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from ..lib._types import FileTypes
from .image_reference import ImageReference, ImageReferenceParam
from .video_model import VideoModel
from .video_seconds import VideoSeconds
from .video_size import VideoSize


class CreateVideoMultipartBody(BaseModel):
    """Multipart parameters for creating a new video generation job."""

    model: VideoModel | None = None
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: str = Field(default_factory=_missing)
    """Text prompt that describes the video to generate."""

    input_reference: (
        Open[
            Annotated[
                Annotated[str, Tag("<str>")] | Annotated[ImageReference, Tag("<dict>")], Discriminator(tag_of(None))
            ]
        ]
        | None
    ) = None

    seconds: VideoSeconds | None = None
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: VideoSize | None = None
    """Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280."""


class CreateVideoMultipartBodyParam(TypedDict, total=False):
    """Multipart parameters for creating a new video generation job."""

    model: VideoModel
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: Required[str]
    """Text prompt that describes the video to generate."""

    input_reference: FileTypes | ImageReferenceParam

    seconds: VideoSeconds
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: VideoSize
    """Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280."""
