# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class BetaCodeInterpreterOutputImage(BaseModel):
    """The image output from the code interpreter."""

    type: Literal["image"] = Field(default_factory=_missing)
    """The type of the output. Always `image`."""

    url: str = Field(default_factory=_missing)
    """The URL of the image output from the code interpreter."""


class BetaCodeInterpreterOutputImageParam(TypedDict, total=False):
    """The image output from the code interpreter."""

    type: Required[Literal["image"]]
    """The type of the output. Always `image`."""

    url: Required[str]
    """The URL of the image output from the code interpreter."""
