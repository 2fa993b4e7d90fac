# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ClosedStatus(BaseModel):
    """Indicates that a thread has been closed."""

    type: Literal["closed"]
    """Status discriminator that is always `closed`."""

    reason: str | None = None
