# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class SummaryTextContent(BaseModel):
    """A summary text from the model."""

    type: Literal["summary_text"] = Field(default_factory=_missing)
    """The type of the object. Always `summary_text`."""

    text: str = Field(default_factory=_missing)
    """A summary of the reasoning output from the model so far."""


class SummaryTextContentParam(TypedDict, total=False):
    """A summary text from the model."""

    type: Required[Literal["summary_text"]]
    """The type of the object. Always `summary_text`."""

    text: Required[str]
    """A summary of the reasoning output from the model so far."""
