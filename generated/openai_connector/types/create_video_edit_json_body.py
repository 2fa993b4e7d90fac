# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel
from .video_reference_input_param import VideoReferenceInputParam, VideoReferenceInputParamParam


class CreateVideoEditJsonBody(BaseModel):
    """JSON parameters for editing an existing generated video."""

    video: VideoReferenceInputParam
    """Reference to the completed video to edit."""

    prompt: str
    """Text prompt that describes how to edit the source video."""


class CreateVideoEditJsonBodyParam(TypedDict, total=False):
    """JSON parameters for editing an existing generated video."""

    video: Required[VideoReferenceInputParamParam]
    """Reference to the completed video to edit."""

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
