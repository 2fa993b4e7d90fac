# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ChatCompletionTokenLogprobTopLogprob(BaseModel):
    token: str = Field(default_factory=_missing)
    """The token."""

    logprob: float = Field(default_factory=_missing)
    """The log probability of this token."""

    bytes: list[int] | None = None
    """A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token."""


class ChatCompletionTokenLogprob(BaseModel):
    token: str = Field(default_factory=_missing)
    """The token."""

    logprob: float = Field(default_factory=_missing)
    """The log probability of this token."""

    bytes: list[int] | None = None
    """A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token."""

    top_logprobs: list[ChatCompletionTokenLogprobTopLogprob] = Field(default_factory=_missing)
    """List of the most likely tokens and their log probability, at this token position. In rare cases, there may be fewer than the number of requested `top_logprobs` returned."""
