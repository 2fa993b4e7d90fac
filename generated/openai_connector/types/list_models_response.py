# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .model import Model


class ListModelsResponse(BaseModel):
    object: Literal["list"] = Field(default_factory=_missing)

    data: list[Model] = Field(default_factory=_missing)
