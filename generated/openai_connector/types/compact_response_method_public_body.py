# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .input_item import InputItem, InputItemParam
from .model_ids_compaction import ModelIdsCompaction
from .prompt_cache_options_param import PromptCacheOptionsParam, PromptCacheOptionsParamParam
from .prompt_cache_retention_enum import PromptCacheRetentionEnum
from .service_tier_enum import ServiceTierEnum


class CompactResponseMethodPublicBody(BaseModel):
    model: ModelIdsCompaction = Field(default_factory=_missing)
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: Open[str | list[InputItem]] | None = None

    previous_response_id: str | None = None

    instructions: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: PromptCacheRetentionEnum | None = None

    prompt_cache_options: PromptCacheOptionsParam | None = None

    service_tier: ServiceTierEnum | None = None


class CompactResponseMethodPublicBodyParam(TypedDict, total=False):
    model: Required[ModelIdsCompaction]
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: str | Sequence[InputItemParam] | None

    previous_response_id: str | None

    instructions: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: PromptCacheRetentionEnum | None

    prompt_cache_options: PromptCacheOptionsParamParam | None

    service_tier: ServiceTierEnum | None
