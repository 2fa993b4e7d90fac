# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open
from .beta_metadata import BetaMetadata
from .beta_prompt_cache_options_param import BetaPromptCacheOptionsParam


class BetaCreateModelResponseProperties(BaseModel):
    metadata: BetaMetadata | None = None

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """

    temperature: float | None = None

    top_p: float | None = None

    user: str | None = None
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: Open[Literal["in_memory", "24h"]] | None = None

    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details."""
