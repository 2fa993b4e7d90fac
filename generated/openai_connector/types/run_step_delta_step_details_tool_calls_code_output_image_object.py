# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str | None = None
    """The [file](/docs/api-reference/files) ID of the image."""


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    """Code interpreter image output"""

    index: int = Field(default_factory=_missing)
    """The index of the output in the outputs array."""

    type: 'Literal["image"]' = Field(default_factory=_missing)
    """Always `image`."""

    image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | None = None
