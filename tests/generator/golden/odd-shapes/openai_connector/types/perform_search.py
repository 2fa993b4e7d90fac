# generated from tests/generator/specs/odd-shapes.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from ..lib._models import BaseModel


class PerformSearchBody(BaseModel):
    criteria: str

    rows: int | None = None


class PerformSearchBodyParam(TypedDict, total=False):
    criteria: Required[str]

    rows: int
