# generated from the OpenAI API spec by the openai-connector generator; do not edit

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class ListAuditLogsEffectiveAt(BaseModel):
    gt: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is greater than this value."""

    gte: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value."""

    lt: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is less than this value."""

    lte: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is less than or equal to this value."""


class ListAuditLogsEffectiveAtParam(TypedDict, total=False):
    gt: int
    """Return only events whose `effective_at` (Unix seconds) is greater than this value."""

    gte: int
    """Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value."""

    lt: int
    """Return only events whose `effective_at` (Unix seconds) is less than this value."""

    lte: int
    """Return only events whose `effective_at` (Unix seconds) is less than or equal to this value."""
