# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open
from .metadata import Metadata


class ModelResponseProperties(BaseModel):
    metadata: Metadata | None = None

    top_logprobs: int | None = None

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
