# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalItemContentOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"] = Field(default_factory=_missing)
    """The type of the output text. Always `output_text`."""

    text: str = Field(default_factory=_missing)
    """The text output from the model."""


class EvalItemContentOutputTextParam(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""
