# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class LogProbProperties(BaseModel):
    """A log probability object."""

    token: str
    """The token that was used to generate the log probability."""

    logprob: float
    """The log probability of the token."""

    bytes: list[int]
    """The bytes that were used to generate the log probability."""
