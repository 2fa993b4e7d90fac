# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .video_reference_input_param import VideoReferenceInputParam, VideoReferenceInputParamParam
from .video_seconds import VideoSeconds


class CreateVideoExtendJsonBody(BaseModel):
    """JSON parameters for extending an existing generated video."""

    video: VideoReferenceInputParam
    """Reference to the completed video to extend."""

    prompt: str
    """Updated text prompt that directs the extension generation."""

    seconds: VideoSeconds
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""


class CreateVideoExtendJsonBodyParam(TypedDict, total=False):
    """JSON parameters for extending an existing generated video."""

    video: Required[VideoReferenceInputParamParam]
    """Reference to the completed video to extend."""

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
