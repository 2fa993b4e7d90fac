# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class UsageWebSearchCallsResult(BaseModel):
    """The aggregated web search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.web_searches.result"]

    num_model_requests: int
    """The count of model requests."""

    num_requests: int
    """The count of web search calls."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None

    context_level: str | None = None
