# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit

from pydantic import Field

from ...lib._models import BaseModel
from ...lib._models import missing as _missing


class ContentFilterDetectedResult(BaseModel):
    filtered: bool = Field(default_factory=_missing)

    detected: bool = Field(default_factory=_missing)
