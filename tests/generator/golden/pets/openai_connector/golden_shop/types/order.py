# generated from the Golden Shop spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ...lib._models import BaseModel, Open
from ...lib._models import missing as _missing
from .discount import Discount
from .line import Line


class Order(BaseModel):
    id: str = Field(default_factory=_missing)

    status: Open[Literal["open", "paid", "shipped"]] = Field(default_factory=_missing)

    note: str | None = None

    total: float | None = None

    lines: list[Line] | None = None

    discount: Discount | None = None

    attributes: dict[str, str] | None = None
