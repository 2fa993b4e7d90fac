# generated from tests/generator/specs/shop-3.0.json by the openai-connector generator; do not edit
from __future__ import annotations

from typing import Literal

from ...lib._models import BaseModel, Open
from .discount import Discount
from .line import Line


class Order(BaseModel):
    id: str

    status: Open[Literal["open", "paid", "shipped"]]

    note: str | None = None

    total: float | None = None

    lines: list[Line] | None = None

    discount: Discount | None = None

    attributes: dict[str, str] | None = None
