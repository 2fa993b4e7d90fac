# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BatchRequestCounts(BaseModel):
    """The request counts for different statuses within the batch."""

    total: int = Field(default_factory=_missing)
    """Total number of requests in the batch."""

    completed: int = Field(default_factory=_missing)
    """Number of requests that have been completed successfully."""

    failed: int = Field(default_factory=_missing)
    """Number of requests that have failed."""
