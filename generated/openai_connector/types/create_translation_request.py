# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from ..lib._types import FileTypes


class CreateTranslationRequest(BaseModel):
    file: str = Field(default_factory=_missing)
    """The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type."""

    model: Open[str | Literal["whisper-1"]] = Field(default_factory=_missing)
    """ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available."""

    prompt: str | None = None
    """An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should be in English."""

    response_format: Open[Literal["json", "text", "srt", "verbose_json", "vtt"]] | None = None
    """The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""

    temperature: float | None = None
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit."""


class CreateTranslationRequestParam(TypedDict, total=False):
    file: Required[FileTypes]
    """The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type."""

    model: Required[str | Literal["whisper-1"]]
    """ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available."""

    prompt: str
    """An optional text to guide the model's style or continue a previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting) should be in English."""

    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
    """The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""

    temperature: float
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit."""
