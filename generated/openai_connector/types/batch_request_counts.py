# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class BatchRequestCounts(BaseModel):
    """The request counts for different statuses within the batch."""

    total: int
    """Total number of requests in the batch."""

    completed: int
    """Number of requests that have been completed successfully."""

    failed: int
    """Number of requests that have failed."""
