# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: 'Literal["encrypted_content"]' = Field(default_factory=_missing)
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str = Field(default_factory=_missing)
    """Opaque encrypted content."""
