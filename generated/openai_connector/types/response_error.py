# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import TypeAlias

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .response_error_code import ResponseErrorCode


class ResponseErrorObject(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode = Field(default_factory=_missing)
    """The error code for the response."""

    message: str = Field(default_factory=_missing)
    """A human-readable description of the error."""


ResponseError: TypeAlias = ResponseErrorObject | None
"""An error object returned when the model fails to generate a Response."""
