# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel


class Dog(BaseModel):
    kind: Literal["dog"]

    name: str

    good_boy: bool | None = None
