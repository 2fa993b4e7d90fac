# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaModerationErrorBody(BaseModel):
    """An error produced while attempting moderation for the response input or output."""

    type: Literal["error"] = Field(default_factory=_missing)
    """The object type, which was always `error` for moderation failures."""

    code: str = Field(default_factory=_missing)
    """The error code."""

    message: str = Field(default_factory=_missing)
    """The error message."""
