# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .beta_prompt_cache_mode_enum import BetaPromptCacheModeEnum
from .beta_prompt_cache_ttl_enum import BetaPromptCacheTtlEnum


class BetaPromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    ttl: BetaPromptCacheTtlEnum
    """The minimum lifetime applied to each cache breakpoint."""

    mode: BetaPromptCacheModeEnum
    """Whether implicit prompt-cache breakpoints were enabled."""
