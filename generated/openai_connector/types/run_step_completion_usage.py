# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepCompletionUsageObject(BaseModel):
    """Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`."""

    completion_tokens: int = Field(default_factory=_missing)
    """Number of completion tokens used over the course of the run step."""

    prompt_tokens: int = Field(default_factory=_missing)
    """Number of prompt tokens used over the course of the run step."""

    total_tokens: int = Field(default_factory=_missing)
    """Total number of tokens used (prompt + completion)."""


RunStepCompletionUsage: TypeAlias = RunStepCompletionUsageObject | None
"""Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`."""
