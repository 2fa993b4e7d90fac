# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class UserMessageQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"] = Field(default_factory=_missing)
    """Type discriminator that is always `quoted_text`."""

    text: str = Field(default_factory=_missing)
    """Quoted text content."""
