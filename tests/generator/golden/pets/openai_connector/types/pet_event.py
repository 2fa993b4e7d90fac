# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel, Open
from ..lib._models import missing as _missing


class PetEvent(BaseModel):
    type: 'Open[Literal["pet.created", "pet.delta", "pet.done"]]' = Field(default_factory=_missing)

    delta: str | None = None
