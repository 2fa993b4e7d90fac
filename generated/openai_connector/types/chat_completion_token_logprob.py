# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ChatCompletionTokenLogprobTopLogprob(BaseModel):
    token: str = Field(default_factory=_missing)
    """The token."""

    logprob: float = Field(default_factory=_missing)
    """The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely."""

    bytes: list[int] | None = None
    """A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token."""


class ChatCompletionTokenLogprob(BaseModel):
    token: str = Field(default_factory=_missing)
    """The token."""

    logprob: float = Field(default_factory=_missing)
    """The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely."""

    bytes: list[int] | None = None
    """A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token."""

    top_logprobs: list[ChatCompletionTokenLogprobTopLogprob] = Field(default_factory=_missing)
    """List of the most likely tokens and their log probability, at this token position. The number of entries may be fewer than the requested `top_logprobs`."""
