# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from ..lib._types import FileTypes
from .video_reference_input_param import VideoReferenceInput, VideoReferenceInputParam


class CreateVideoEditMultipartBody(BaseModel):
    """Parameters for editing an existing generated video."""

    video: Open[
        Annotated[
            Annotated[str, Tag("<str>")] | Annotated[VideoReferenceInput, Tag("<dict>")], Discriminator(tag_of(None))
        ]
    ] = Field(default_factory=_missing)

    prompt: str = Field(default_factory=_missing)
    """Text prompt that describes how to edit the source video."""


class CreateVideoEditMultipartBodyParam(TypedDict, total=False):
    """Parameters for editing an existing generated video."""

    video: Required[FileTypes | VideoReferenceInputParam]

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""
