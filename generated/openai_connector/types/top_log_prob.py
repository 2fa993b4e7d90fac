# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class TopLogProb(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]


class TopLogProbParam(TypedDict, total=False):
    """The top log probability of a token."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Sequence[int]]
