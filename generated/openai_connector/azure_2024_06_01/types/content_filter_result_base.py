# generated from specs/azure/inference-2024-06-01.json by the openai-connector generator; do not edit
from __future__ import annotations

from ...lib._models import BaseModel


class ContentFilterResultBase(BaseModel):
    filtered: bool
