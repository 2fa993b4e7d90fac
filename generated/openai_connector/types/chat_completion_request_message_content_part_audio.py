# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .prompt_cache_breakpoint_param import PromptCacheBreakpoint, PromptCacheBreakpointParam


class ChatCompletionRequestMessageContentPartAudioInputAudio(BaseModel):
    data: str = Field(default_factory=_missing)
    """Base64 encoded audio data."""

    format: Open[Literal["wav", "mp3"]] = Field(default_factory=_missing)
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ChatCompletionRequestMessageContentPartAudio(BaseModel):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: 'Literal["input_audio"]' = Field(default_factory=_missing)
    """The type of the content part. Always `input_audio`."""

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio = Field(default_factory=_missing)

    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""


class ChatCompletionRequestMessageContentPartAudioInputAudioParam(TypedDict, total=False):
    data: Required[str]
    """Base64 encoded audio data."""

    format: Required[Literal["wav", "mp3"]]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class ChatCompletionRequestMessageContentPartAudioParam(TypedDict, total=False):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Required[Literal["input_audio"]]
    """The type of the content part. Always `input_audio`."""

    input_audio: Required[ChatCompletionRequestMessageContentPartAudioInputAudioParam]

    prompt_cache_breakpoint: PromptCacheBreakpointParam
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
