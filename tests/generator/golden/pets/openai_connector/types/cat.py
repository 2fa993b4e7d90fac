# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class Cat(BaseModel):
    kind: Literal["cat"]

    name: str

    lives: int | None = None
