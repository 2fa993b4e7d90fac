# generated from tests/generator/specs/odd-shapes.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class Error(BaseModel):
    code: int

    message: str
