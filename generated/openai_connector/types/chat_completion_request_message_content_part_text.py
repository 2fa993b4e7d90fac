# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .prompt_cache_breakpoint_param import PromptCacheBreakpoint, PromptCacheBreakpointParam


class ChatCompletionRequestMessageContentPartText(BaseModel):
    """Learn about [text inputs](/docs/guides/text-generation)."""

    type: 'Literal["text"]' = Field(default_factory=_missing)
    """The type of the content part."""

    text: str = Field(default_factory=_missing)
    """The text content."""

    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""


class ChatCompletionRequestMessageContentPartTextParam(TypedDict, total=False):
    """Learn about [text inputs](/docs/guides/text-generation)."""

    type: Required[Literal["text"]]
    """The type of the content part."""

    text: Required[str]
    """The text content."""

    prompt_cache_breakpoint: PromptCacheBreakpointParam
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
