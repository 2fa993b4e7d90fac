# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str = Field(default_factory=_missing)
    """The [file](/docs/api-reference/files) ID of the image."""


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    """Code Interpreter image output"""

    type: 'Literal["image"]' = Field(default_factory=_missing)
    """Always `image`."""

    image: RunStepDetailsToolCallsCodeOutputImageObjectImage = Field(default_factory=_missing)
