# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from ...lib._types import FileTypes
from .audio_response_format import AudioResponseFormat


class CreateTranslationRequest(BaseModel):
    """Translation request."""

    file: str = Field(default_factory=_missing)
    """The audio file to translate."""

    prompt: str | None = None
    """An optional text to guide the model's style or continue a previous audio segment. The prompt should be in English."""

    response_format: AudioResponseFormat | None = None
    """Defines the format of the output."""

    temperature: float | None = None
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit."""


class CreateTranslationRequestParam(TypedDict, total=False):
    """Translation request."""

    file: Required[FileTypes]
    """The audio file to translate."""

    prompt: str
    """An optional text to guide the model's style or continue a previous audio segment. The prompt should be in English."""

    response_format: AudioResponseFormat
    """Defines the format of the output."""

    temperature: float
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit."""
