# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ...lib._models import BaseModel, Open
from ...lib._models import missing as _missing


class ContentFilterSeverityResult(BaseModel):
    filtered: bool = Field(default_factory=_missing)

    severity: Open[Literal["safe", "low", "medium", "high"]] = Field(default_factory=_missing)
