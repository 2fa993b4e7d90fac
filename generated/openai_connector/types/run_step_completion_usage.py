# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import BaseModel


class RunStepCompletionUsageObject(BaseModel):
    """Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run step."""

    prompt_tokens: int
    """Number of prompt tokens used over the course of the run step."""

    total_tokens: int
    """Total number of tokens used (prompt + completion)."""


RunStepCompletionUsage: TypeAlias = RunStepCompletionUsageObject | None
