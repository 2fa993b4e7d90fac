# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunCompletionUsageObject(BaseModel):
    """Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.)."""

    completion_tokens: int = Field(default_factory=_missing)
    """Number of completion tokens used over the course of the run."""

    prompt_tokens: int = Field(default_factory=_missing)
    """Number of prompt tokens used over the course of the run."""

    total_tokens: int = Field(default_factory=_missing)
    """Total number of tokens used (prompt + completion)."""


RunCompletionUsage: TypeAlias = RunCompletionUsageObject | None
"""Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.)."""
