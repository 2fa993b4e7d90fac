# generated from tests/generator/specs/odd-shapes.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class Pet(BaseModel):
    name: str

    tag: str | None = None

    id: int
