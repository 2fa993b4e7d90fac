# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ..lib._models import BaseModel, Open


class PetEvent(BaseModel):
    type: Open[Literal["pet.created", "pet.delta", "pet.done"]]

    delta: str | None = None
