# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from typing import Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class PerformSearchBody(BaseModel):
    criteria: str = Field(default_factory=_missing)

    rows: int | None = None


class PerformSearchBodyParam(TypedDict, total=False):
    criteria: Required[str]

    rows: int
