# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class DoneEvent(BaseModel):
    """Occurs when a stream ends."""

    event: Literal["done"] = Field(default_factory=_missing)

    data: Literal["[DONE]"] = Field(default_factory=_missing)
