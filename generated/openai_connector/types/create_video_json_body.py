# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .image_reference import ImageReference, ImageReferenceParam
from .video_model import VideoModel
from .video_seconds import VideoSeconds
from .video_size import VideoSize


class CreateVideoJsonBody(BaseModel):
    """JSON parameters for creating a new video generation job."""

    model: VideoModel | None = None
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: str = Field(default_factory=_missing)
    """Text prompt that describes the video to generate."""

    input_reference: ImageReference | None = None
    """Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`."""

    seconds: VideoSeconds | None = None
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: VideoSize | None = None
    """Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280."""


class CreateVideoJsonBodyParam(TypedDict, total=False):
    """JSON parameters for creating a new video generation job."""

    model: VideoModel
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: Required[str]
    """Text prompt that describes the video to generate."""

    input_reference: ImageReferenceParam
    """Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`."""

    seconds: VideoSeconds
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: VideoSize
    """Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280."""
