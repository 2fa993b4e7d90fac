# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class ErrorDetail(BaseModel):
    """An error that occurred while generating the response."""

    code: str = Field(default_factory=_missing)
    """A machine-readable error code that was returned."""

    message: str = Field(default_factory=_missing)
    """A human-readable description of the error that was returned."""
