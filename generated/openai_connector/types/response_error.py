# generated from specs/openai/openapi-2026-08-21.yaml by the openai-connector generator; do not edit
from __future__ import annotations

from typing import TypeAlias

from ..lib._models import BaseModel
from .response_error_code import ResponseErrorCode


class ResponseErrorObject(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""


ResponseError: TypeAlias = ResponseErrorObject | None
