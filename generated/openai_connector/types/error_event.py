# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .error import Error


class ErrorEvent(BaseModel):
    """Occurs when an [error](/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server error or a timeout."""

    event: Literal["error"] = Field(default_factory=_missing)

    data: Error = Field(default_factory=_missing)
