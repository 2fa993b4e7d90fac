# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_file_input_detail import BetaFileInputDetail
from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig, BetaPromptCacheBreakpointConfigParam


class BetaInputFileContent(BaseModel):
    """A file input to the model."""

    type: Literal["input_file"] = Field(default_factory=_missing)
    """The type of the input item. Always `input_file`."""

    file_id: str | None = None
    """The ID of the file to be sent to the model."""

    filename: str | None = None
    """The name of the file to be sent to the model."""

    file_data: str | None = None
    """The content of the file to be sent to the model."""

    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""

    file_url: str | None = None
    """The URL of the file to be sent to the model."""

    detail: BetaFileInputDetail | None = None
    """The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`."""


class BetaInputFileContentRequestParam(TypedDict, total=False):
    """A file input to the model."""

    type: Required[Literal["input_file"]]
    """The type of the input item. Always `input_file`."""

    file_id: str | None
    """The ID of the file to be sent to the model."""

    filename: str
    """The name of the file to be sent to the model."""

    file_data: str
    """The content of the file to be sent to the model."""

    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfigParam
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""

    file_url: str
    """The URL of the file to be sent to the model."""

    detail: BetaFileInputDetail
    """The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`."""
