# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .prompt_cache_breakpoint_param import PromptCacheBreakpoint, PromptCacheBreakpointParam


class ChatCompletionRequestMessageContentPartImageUrl(BaseModel):
    url: str = Field(default_factory=_missing)
    """Either a URL of the image or the base64 encoded image data."""

    detail: Open[Literal["auto", "low", "high"]] | None = None
    """Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding)."""


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    """Learn about [image inputs](/docs/guides/vision)."""

    type: 'Literal["image_url"]' = Field(default_factory=_missing)
    """The type of the content part."""

    image_url: ChatCompletionRequestMessageContentPartImageUrl = Field(default_factory=_missing)

    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""


class ChatCompletionRequestMessageContentPartImageUrlParam(TypedDict, total=False):
    url: Required[str]
    """Either a URL of the image or the base64 encoded image data."""

    detail: Literal["auto", "low", "high"]
    """Specifies the detail level of the image. Learn more in the [Vision guide](/docs/guides/vision#low-or-high-fidelity-image-understanding)."""


class ChatCompletionRequestMessageContentPartImageParam(TypedDict, total=False):
    """Learn about [image inputs](/docs/guides/vision)."""

    type: Required[Literal["image_url"]]
    """The type of the content part."""

    image_url: Required[ChatCompletionRequestMessageContentPartImageUrlParam]

    prompt_cache_breakpoint: PromptCacheBreakpointParam
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
