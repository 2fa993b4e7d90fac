# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from ..lib._models import BaseModel


class DataSetList(BaseModel):
    total: int | None = None

    apis: list[DataSetListApisItem] | None = None


class DataSetListApisItem(BaseModel):
    apiKey: str | None = None

    apiUrl: str | None = None
