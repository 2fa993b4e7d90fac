# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from ..lib._types import FileTypes
from .video_reference_input_param import VideoReferenceInput, VideoReferenceInputParam


class CreateVideoEditMultipartBody(BaseModel):
    """Parameters for editing an existing generated video."""

    video: Open[str | VideoReferenceInput] = Field(default_factory=_missing)

    prompt: str = Field(default_factory=_missing)
    """Text prompt that describes how to edit the source video."""


class CreateVideoEditMultipartBodyParam(TypedDict, total=False):
    """Parameters for editing an existing generated video."""

    video: Required[FileTypes | VideoReferenceInputParam]

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
