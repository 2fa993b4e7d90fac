# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .prompt_cache_breakpoint_param import PromptCacheBreakpoint, PromptCacheBreakpointParam


class ChatCompletionRequestMessageContentPartFileFile(BaseModel):
    filename: str | None = None
    """The name of the file, used when passing the file to the model as a
    string.
    """

    file_data: str | None = None
    """The base64 encoded file data, used when passing the file to the model
    as a string.
    """

    file_id: str | None = None
    """The ID of an uploaded file to use as input."""


class ChatCompletionRequestMessageContentPartFile(BaseModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: 'Literal["file"]' = Field(default_factory=_missing)
    """The type of the content part. Always `file`."""

    file: ChatCompletionRequestMessageContentPartFileFile = Field(default_factory=_missing)

    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""


class ChatCompletionRequestMessageContentPartFileFileParam(TypedDict, total=False):
    filename: str
    """The name of the file, used when passing the file to the model as a
    string.
    """

    file_data: str
    """The base64 encoded file data, used when passing the file to the model
    as a string.
    """

    file_id: str
    """The ID of an uploaded file to use as input."""


class ChatCompletionRequestMessageContentPartFileParam(TypedDict, total=False):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Required[Literal["file"]]
    """The type of the content part. Always `file`."""

    file: Required[ChatCompletionRequestMessageContentPartFileFileParam]

    prompt_cache_breakpoint: PromptCacheBreakpointParam
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block."""
