# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ...lib._models import BaseModel
from ...lib._models import missing as _missing
from ...lib._types import FileTypes
from .audio_response_format import AudioResponseFormat


class CreateTranscriptionRequest(BaseModel):
    """Transcription request."""

    file: str = Field(default_factory=_missing)
    """The audio file object to transcribe."""

    prompt: str | None = None
    """An optional text to guide the model's style or continue a previous audio segment. The prompt should match the audio language."""

    response_format: AudioResponseFormat | None = None
    """Defines the format of the output."""

    temperature: float | None = None
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit."""

    language: str | None = None
    """The language of the input audio. Supplying the input language in ISO-639-1 format will improve accuracy and latency."""


class CreateTranscriptionRequestParam(TypedDict, total=False):
    """Transcription request."""

    file: Required[FileTypes]
    """The audio file object to transcribe."""

    prompt: str
    """An optional text to guide the model's style or continue a previous audio segment. The prompt should match the audio language."""

    response_format: AudioResponseFormat
    """Defines the format of the output."""

    temperature: float
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log probability to automatically increase the temperature until certain thresholds are hit."""

    language: str
    """The language of the input audio. Supplying the input language in ISO-639-1 format will improve accuracy and latency."""
