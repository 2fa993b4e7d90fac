# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class MessageDeltaContentRefusalObject(BaseModel):
    """The refusal content that is part of a message."""

    index: int = Field(default_factory=_missing)
    """The index of the refusal part in the message."""

    type: 'Literal["refusal"]' = Field(default_factory=_missing)
    """Always `refusal`."""

    refusal: str | None = None
