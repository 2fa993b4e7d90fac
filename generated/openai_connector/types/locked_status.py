# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class LockedStatus(BaseModel):
    """Indicates that a thread is locked and cannot accept new input."""

    type: Literal["locked"]
    """Status discriminator that is always `locked`."""

    reason: str | None = None
