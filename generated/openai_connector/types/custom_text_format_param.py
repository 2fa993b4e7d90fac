# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class CustomTextFormat(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"] = Field(default_factory=_missing)
    """Unconstrained text format. Always `text`."""


class CustomTextFormatParam(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""
