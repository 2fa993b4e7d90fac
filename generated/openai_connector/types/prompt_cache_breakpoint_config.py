# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class PromptCacheBreakpointConfig(BaseModel):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""

    mode: Literal["explicit"] = Field(default_factory=_missing)
    """The breakpoint mode. Always `explicit`."""


class PromptCacheBreakpointConfigParam(TypedDict, total=False):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""

    mode: Required[Literal["explicit"]]
    """The breakpoint mode. Always `explicit`."""
