# generated from the Golden Pets spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class PetAdoptedData(BaseModel):
    pet_id: str = Field(default_factory=_missing)


class PetAdopted(BaseModel):
    id: str = Field(default_factory=_missing)

    type: Literal["pet.adopted"] = Field(default_factory=_missing)

    data: PetAdoptedData = Field(default_factory=_missing)
