# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .detail_enum import DetailEnum
from .prompt_cache_breakpoint_param import PromptCacheBreakpoint, PromptCacheBreakpointParam


class InputImageContentParamAuto(BaseModel):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Literal["input_image"] = Field(default_factory=_missing)
    """The type of the input item. Always `input_image`."""

    image_url: str | None = None
    """The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL."""

    file_id: str | None = None
    """The ID of the file to be sent to the model."""

    detail: DetailEnum | None = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""

    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""


class InputImageContentParamAutoParam(TypedDict, total=False):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: str | None
    """The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL."""

    file_id: str | None
    """The ID of the file to be sent to the model."""

    detail: DetailEnum | None
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`."""

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
