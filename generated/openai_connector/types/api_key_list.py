# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel
from .admin_api_key import AdminApiKey


class ApiKeyList(BaseModel):
    object: Literal["list"]

    data: list[AdminApiKey]

    has_more: bool

    first_id: str | None = None

    last_id: str | None = None
