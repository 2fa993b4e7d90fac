# generated from the OpenAI API spec by the openai-connector generator; do not edit
from typing import Literal, Required

from pydantic import Field
from typing_extensions import TypedDict

from ..lib._models import BaseModel
from ..lib._models import missing as _missing


class EvalItemInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"] = Field(default_factory=_missing)
    """The type of the image input. Always `input_image`."""

    image_url: str = Field(default_factory=_missing)
    """The URL of the image input."""

    detail: str | None = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


class EvalItemInputImageParam(TypedDict, total=False):
    """An image input block used within EvalItem content arrays."""

    type: Required[Literal["input_image"]]
    """The type of the image input. Always `input_image`."""

    image_url: Required[str]
    """The URL of the image input."""

    detail: str
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""
