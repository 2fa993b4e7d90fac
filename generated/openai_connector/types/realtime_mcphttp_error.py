# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RealtimeMcphttpError(BaseModel):
    """Realtime MCP HTTP error"""

    type: Literal["http_error"] = Field(default_factory=_missing)

    code: int = Field(default_factory=_missing)

    message: str = Field(default_factory=_missing)
