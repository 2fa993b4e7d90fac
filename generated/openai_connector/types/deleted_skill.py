# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DeletedSkill(BaseModel):
    object: 'Literal["skill.deleted"]' = Field(default_factory=_missing)

    deleted: bool = Field(default_factory=_missing)

    id: str = Field(default_factory=_missing)
