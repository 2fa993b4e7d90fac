# generated from the OpenAI API spec by the openai-connector generator; do not edit

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaError(BaseModel):
    code: str | None = None

    message: str = Field(default_factory=_missing)

    param: str | None = None

    type: str = Field(default_factory=_missing)
