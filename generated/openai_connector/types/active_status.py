# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class ActiveStatus(BaseModel):
    """Indicates that a thread is active."""

    type: Literal["active"]
    """Status discriminator that is always `active`."""
