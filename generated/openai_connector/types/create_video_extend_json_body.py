# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .video_reference_input_param import VideoReferenceInput, VideoReferenceInputParam
from .video_seconds import VideoSeconds


class CreateVideoExtendJsonBody(BaseModel):
    """JSON parameters for extending an existing generated video."""

    video: VideoReferenceInput = Field(default_factory=_missing)
    """Reference to the completed video to extend."""

    prompt: str = Field(default_factory=_missing)
    """Updated text prompt that directs the extension generation."""

    seconds: VideoSeconds = Field(default_factory=_missing)
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""


class CreateVideoExtendJsonBodyParam(TypedDict, total=False):
    """JSON parameters for extending an existing generated video."""

    video: Required[VideoReferenceInputParam]
    """Reference to the completed video to extend."""

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
