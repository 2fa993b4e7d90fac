# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal

from pydantic import Field

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class RunStepDetailsToolCallsFileSearchResultObjectContentItem(BaseModel):
    type: 'Literal["text"] | None' = None
    """The type of the content."""

    text: str | None = None
    """The text content of the file."""


class RunStepDetailsToolCallsFileSearchResultObject(BaseModel):
    """A result instance of the file search."""

    file_id: str = Field(default_factory=_missing)
    """The ID of the file that result was found in."""

    file_name: str = Field(default_factory=_missing)
    """The name of the file that result was found in."""

    score: float = Field(default_factory=_missing)
    """The score of the result. All values must be a floating point number between 0 and 1."""

    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None = None
    """The content of the result that was found. The content is only included if requested via the include query parameter."""
