# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel, Open
from .video_reference_input_param import VideoReferenceInputParam


class CreateVideoEditMultipartBody(BaseModel):
    """Parameters for editing an existing generated video."""

    video: Open[str | VideoReferenceInputParam]

    prompt: str
    """Text prompt that describes how to edit the source video."""
