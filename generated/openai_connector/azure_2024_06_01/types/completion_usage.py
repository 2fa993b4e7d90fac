# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel


class CompletionUsage(BaseModel):
    """Usage statistics for the completion request."""

    prompt_tokens: int
    """Number of tokens in the prompt."""

    completion_tokens: int
    """Number of tokens in the generated completion."""

    total_tokens: int
    """Total number of tokens used in the request (prompt + completion)."""
