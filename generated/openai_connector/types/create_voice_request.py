# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateVoiceRequest(BaseModel):
    name: str = Field(default_factory=_missing)
    """The name of the new voice."""

    audio_sample: str = Field(default_factory=_missing)
    """The sample audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    consent: str = Field(default_factory=_missing)
    """The consent recording ID (for example, `cons_1234`)."""


class CreateVoiceRequestParam(TypedDict, total=False):
    name: Required[str]
    """The name of the new voice."""

    audio_sample: Required[FileTypes]
    """The sample audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    consent: Required[str]
    """The consent recording ID (for example, `cons_1234`)."""
