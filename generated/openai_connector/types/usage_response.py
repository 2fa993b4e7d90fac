# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .usage_time_bucket import UsageTimeBucket


class UsageResponse(BaseModel):
    object: Literal["page"]

    data: list[UsageTimeBucket]

    has_more: bool

    next_page: str | None = None
