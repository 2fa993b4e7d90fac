# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing
from .completion_usage import CompletionUsage


class CompletionChoiceLogprobs(BaseModel):
    text_offset: list[int] | None = None

    token_logprobs: list[float] | None = None

    tokens: list[str] | None = None

    top_logprobs: list[dict[str, float]] | None = None


class CompletionChoice(BaseModel):
    finish_reason: Open[Literal["stop", "length", "content_filter"]] = Field(default_factory=_missing)
    """The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    or `content_filter` if content was omitted due to a flag from our content filters.
    """

    index: int = Field(default_factory=_missing)

    logprobs: CompletionChoiceLogprobs | None = None

    text: str = Field(default_factory=_missing)


class Completion(BaseModel):
    """Represents a completion response from the API. Note: both the streamed and non-streamed response objects share the same shape (unlike the chat endpoint)."""

    id: str = Field(default_factory=_missing)
    """A unique identifier for the completion."""

    choices: list[CompletionChoice] = Field(default_factory=_missing)
    """The list of completion choices the model generated for the input prompt."""

    created: int = Field(default_factory=_missing)
    """The Unix timestamp (in seconds) of when the completion was created."""

    model: str = Field(default_factory=_missing)
    """The model used for completion."""

    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    """

    object: Literal["text_completion"] = Field(default_factory=_missing)
    """The object type, which is always "text_completion" """

    usage: CompletionUsage | None = None
    """Usage statistics for the completion request."""
