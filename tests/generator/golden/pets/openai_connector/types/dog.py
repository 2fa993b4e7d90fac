# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Dog(BaseModel):
    kind: Literal["dog"] = Field(default_factory=_missing)

    name: str = Field(default_factory=_missing)

    good_boy: bool | None = None
