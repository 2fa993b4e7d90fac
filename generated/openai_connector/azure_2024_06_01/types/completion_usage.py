# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class CompletionUsage(BaseModel):
    """Usage statistics for the completion request."""

    prompt_tokens: int = Field(default_factory=_missing)
    """Number of tokens in the prompt."""

    completion_tokens: int = Field(default_factory=_missing)
    """Number of tokens in the generated completion."""

    total_tokens: int = Field(default_factory=_missing)
    """Total number of tokens used in the request (prompt + completion)."""
