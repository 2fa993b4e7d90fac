# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ...lib._models import BaseModel, Open


class ContentFilterSeverityResult(BaseModel):
    filtered: bool

    severity: Open[Literal["safe", "low", "medium", "high"]] | None = None
