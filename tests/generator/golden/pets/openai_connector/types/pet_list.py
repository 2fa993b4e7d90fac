# generated from the Golden Pets spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .pet import Pet


class PetList(BaseModel):
    data: list[Pet] = Field(default_factory=_missing)

    has_more: bool = Field(default_factory=_missing)

    last_id: str | None = None
