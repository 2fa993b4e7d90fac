# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class InputTokenCountResponse(BaseModel):
    """Token counts"""

    object: 'Literal["response.input_tokens"]' = Field(default_factory=_missing)

    input_tokens: int = Field(default_factory=_missing)
