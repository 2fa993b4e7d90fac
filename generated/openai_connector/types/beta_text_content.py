# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaTextContent(BaseModel):
    """A text content."""

    type: 'Literal["text"]' = Field(default_factory=_missing)

    text: str = Field(default_factory=_missing)
