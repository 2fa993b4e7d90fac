# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateVoiceConsentRequest(BaseModel):
    name: str = Field(default_factory=_missing)
    """The label to use for this consent recording."""

    recording: str = Field(default_factory=_missing)
    """The consent audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    language: str = Field(default_factory=_missing)
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""


class CreateVoiceConsentRequestParam(TypedDict, total=False):
    name: Required[str]
    """The label to use for this consent recording."""

    recording: Required[FileTypes]
    """The consent audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    """

    language: Required[str]
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""
