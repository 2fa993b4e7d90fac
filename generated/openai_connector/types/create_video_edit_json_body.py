# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .video_reference_input_param import VideoReferenceInput, VideoReferenceInputParam


class CreateVideoEditJsonBody(BaseModel):
    """JSON parameters for editing an existing generated video."""

    video: VideoReferenceInput = Field(default_factory=_missing)
    """Reference to the completed video to edit."""

    prompt: str = Field(default_factory=_missing)
    """Text prompt that describes how to edit the source video."""


class CreateVideoEditJsonBodyParam(TypedDict, total=False):
    """JSON parameters for editing an existing generated video."""

    video: Required[VideoReferenceInputParam]
    """Reference to the completed video to edit."""

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
