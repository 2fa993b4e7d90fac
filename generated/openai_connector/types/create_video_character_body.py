# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateVideoCharacterBody(BaseModel):
    """Parameters for creating a character from an uploaded video."""

    video: str = Field(default_factory=_missing)
    """Video file used to create a character."""

    name: str = Field(default_factory=_missing)
    """Display name for this API character."""


class CreateVideoCharacterBodyParam(TypedDict, total=False):
    """Parameters for creating a character from an uploaded video."""

    video: Required[FileTypes]
    """Video file used to create a character."""

    name: Required[str]
    """Display name for this API character."""
