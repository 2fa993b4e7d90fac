# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalApiError(BaseModel):
    """An object representing an error response from the Eval API."""

    code: str = Field(default_factory=_missing)
    """The error code."""

    message: str = Field(default_factory=_missing)
    """The error message."""
