# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UserMessageInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"] = Field(default_factory=_missing)
    """Type discriminator that is always `input_text`."""

    text: str = Field(default_factory=_missing)
    """Plain-text content supplied by the user."""
