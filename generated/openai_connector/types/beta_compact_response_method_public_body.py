# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .beta_input_item import BetaInputItem, BetaInputItemParam
from .beta_model_ids_compaction import BetaModelIdsCompaction
from .beta_prompt_cache_options_param import BetaPromptCacheOptionsParam, BetaPromptCacheOptionsParamParam
from .beta_prompt_cache_retention_enum import BetaPromptCacheRetentionEnum
from .beta_service_tier_enum import BetaServiceTierEnum


class BetaCompactResponseMethodPublicBody(BaseModel):
    model: BetaModelIdsCompaction = Field(default_factory=_missing)
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: Open[str | list[BetaInputItem]] | None = None

    previous_response_id: str | None = None

    instructions: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: BetaPromptCacheRetentionEnum | None = None

    prompt_cache_options: BetaPromptCacheOptionsParam | None = None

    service_tier: BetaServiceTierEnum | None = None


class BetaCompactResponseMethodPublicBodyParam(TypedDict, total=False):
    model: Required[BetaModelIdsCompaction]
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: str | Sequence[BetaInputItemParam] | None

    previous_response_id: str | None

    instructions: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: BetaPromptCacheRetentionEnum | None

    prompt_cache_options: BetaPromptCacheOptionsParamParam | None

    service_tier: BetaServiceTierEnum | None
