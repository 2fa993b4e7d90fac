# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .project_rate_limit import ProjectRateLimit


class ProjectRateLimitListResponse(BaseModel):
    object: Literal["list"]

    data: list[ProjectRateLimit]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
