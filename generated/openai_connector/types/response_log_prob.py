# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ResponseLogProbTopLogprob(BaseModel):
    token: str | None = None
    """A possible text token."""

    logprob: float | None = None
    """The log probability of this token."""


class ResponseLogProb(BaseModel):
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.
    """

    token: str = Field(default_factory=_missing)
    """A possible text token."""

    logprob: float = Field(default_factory=_missing)
    """The log probability of this token."""

    top_logprobs: list[ResponseLogProbTopLogprob] | None = None
    """The log probabilities of up to 20 of the most likely tokens."""
