# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .detail_enum import DetailEnum
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam, PromptCacheBreakpointParamParam


class InputImageContentParamAutoParam(BaseModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Literal["input_image"] = Field(default_factory=_missing)
    """The type of the input item. Always `input_image`."""

    image_url: str | None = None

    file_id: str | None = None

    detail: DetailEnum | None = None

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


class InputImageContentParamAutoParamParam(TypedDict, total=False):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: str | None

    file_id: str | None

    detail: DetailEnum | None

    prompt_cache_breakpoint: PromptCacheBreakpointParamParam | None
