# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing
from .error import Error


class ErrorResponse(BaseModel):
    error: Error = Field(default_factory=_missing)
