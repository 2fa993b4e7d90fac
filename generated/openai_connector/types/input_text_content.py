# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig, PromptCacheBreakpointConfigParam


class InputTextContent(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"] = Field(default_factory=_missing)
    """The type of the input item. Always `input_text`."""

    text: str = Field(default_factory=_missing)
    """The text input to the model."""

    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""


class InputTextContentRequestParam(TypedDict, total=False):
    """A text input to the model."""

    type: Required[Literal["input_text"]]
    """The type of the input item. Always `input_text`."""

    text: Required[str]
    """The text input to the model."""

    prompt_cache_breakpoint: PromptCacheBreakpointConfigParam
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
