# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Annotated, Required

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open, tag_of
from ..lib._models import missing as _missing
from ..lib._types import FileTypes
from .video_reference_input_param import VideoReferenceInput, VideoReferenceInputParam
from .video_seconds import VideoSeconds


class CreateVideoExtendMultipartBody(BaseModel):
    """Multipart parameters for extending an existing generated video."""

    video: Open[
        Annotated[
            Annotated[VideoReferenceInput, Tag("<dict>")] | Annotated[str, Tag("<str>")], Discriminator(tag_of(None))
        ]
    ] = Field(default_factory=_missing)

    prompt: str = Field(default_factory=_missing)
    """Updated text prompt that directs the extension generation."""

    seconds: VideoSeconds = Field(default_factory=_missing)
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""


class CreateVideoExtendMultipartBodyParam(TypedDict, total=False):
    """Multipart parameters for extending an existing generated video."""

    video: Required[VideoReferenceInputParam | FileTypes]

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[VideoSeconds]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""
