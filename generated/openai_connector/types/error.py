# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class Error(BaseModel):
    code: str | None = None

    message: str

    param: str | None = None

    type: str
