# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_prompt_cache_mode_enum import BetaPromptCacheModeEnum
from .beta_prompt_cache_ttl_enum import BetaPromptCacheTtlEnum


class BetaPromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    ttl: BetaPromptCacheTtlEnum = Field(default_factory=_missing)
    """The minimum lifetime applied to each cache breakpoint."""

    mode: BetaPromptCacheModeEnum = Field(default_factory=_missing)
    """Whether implicit prompt-cache breakpoints were enabled."""
