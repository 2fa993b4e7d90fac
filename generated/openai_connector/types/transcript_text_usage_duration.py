# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class TranscriptTextUsageDuration(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"] = Field(default_factory=_missing)
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float = Field(default_factory=_missing)
    """Duration of the input audio in seconds."""
