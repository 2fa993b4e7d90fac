# generated from tests/generator/specs/petstore-3.1.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel
from .pet import Pet


class PetList(BaseModel):
    data: list[Pet]

    has_more: bool

    last_id: str | None = None
