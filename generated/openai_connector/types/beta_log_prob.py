# generated from the OpenAI API spec by the openai-connector generator; do not edit
from collections.abc import Sequence
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .beta_top_log_prob import BetaTopLogProb, BetaTopLogProbParam


class BetaLogProb(BaseModel):
    """The log probability of a token."""

    token: str = Field(default_factory=_missing)

    logprob: float = Field(default_factory=_missing)

    bytes: list[int] = Field(default_factory=_missing)

    top_logprobs: list[BetaTopLogProb] = Field(default_factory=_missing)


class BetaLogProbParam(TypedDict, total=False):
    """The log probability of a token."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Sequence[int]]

    top_logprobs: Required[Sequence[BetaTopLogProbParam]]
