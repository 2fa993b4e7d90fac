# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class DoneEvent(BaseModel):
    """Occurs when a stream ends."""

    event: Literal["done"]

    data: Literal["[DONE]"]
