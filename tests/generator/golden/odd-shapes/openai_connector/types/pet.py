# generated from the Odd Shapes spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class Pet(BaseModel):
    name: str = Field(default_factory=_missing)

    tag: str | None = None

    id: int = Field(default_factory=_missing)
